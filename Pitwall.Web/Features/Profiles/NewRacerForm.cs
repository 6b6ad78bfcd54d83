using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.Profiles;

/// <summary>The ➕ New Racer form: what was typed and what is wrong with it.</summary>
public sealed class NewRacerForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    /// <summary>Sent from the first-run welcome, which posts as a plain form: a mistake shows the welcome again.</summary>
    public bool Welcome { get; set; }
    public Dictionary<string, string> Errors { get; } = [];

    public string CleanName => RacerRules.Clean(Name) ?? "";
    public string? CleanEmail => RacerRules.Clean(Email);

    public bool Validate()
    {
        Errors.Clear();
        if (RacerRules.CheckName(CleanName) is { } name) Errors[nameof(Name)] = name;
        if (RacerRules.CheckEmail(CleanEmail) is { } email) Errors[nameof(Email)] = email;
        TextRules.CheckReadable(Errors, (nameof(Email), Email));
        return Errors.Count == 0;
    }
}
