using Pitwall.Sql.Profiles;
using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.Profiles;

/// <summary>The 📝 Edit Profile form.</summary>
public sealed class EditProfileForm
{
    public int Id { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Facebook { get; set; }
    public string? Instagram { get; set; }
    /// <summary>One sponsor per line.</summary>
    public string? Sponsors { get; set; }
    public bool IsDefault { get; set; }
    /// <summary>The racer's team by name: one of <see cref="TeamChoices"/>, or a new name, which starts a team.</summary>
    public string? Team { get; set; }
    /// <summary>Every team's name (read with the racer; not posted back).</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public IReadOnlyList<string> TeamChoices { get; set; } = [];
    /// <summary>Whether the racer is the default now, which the checkbox cannot undo.</summary>
    public bool WasDefault { get; set; }
    public Dictionary<string, string> Errors { get; } = [];

    public string CleanName => RacerRules.Clean(Name) ?? "";

    public IReadOnlyList<string> SponsorList =>
        (Sponsors ?? "").Split('\n').Select(s => RacerRules.Clean(s) ?? "").Where(s => s.Length > 0).Distinct().ToList();

    public static EditProfileForm From(Racer racer) => new()
    {
        Id = racer.Id,
        Name = racer.Name,
        Email = racer.Email,
        Facebook = racer.Facebook,
        Instagram = racer.Instagram,
        Sponsors = string.Join('\n', racer.Sponsors),
        IsDefault = racer.IsDefault,
        WasDefault = racer.IsDefault,
        Team = racer.Team,
        TeamChoices = racer.Teams,
    };

    public bool Validate()
    {
        Errors.Clear();
        if (RacerRules.CheckName(CleanName) is { } name) Errors[nameof(Name)] = name;
        if (RacerRules.CheckEmail(RacerRules.Clean(Email)) is { } email) Errors[nameof(Email)] = email;
        if (RacerRules.CheckHandle(RacerRules.Clean(Facebook), "Facebook") is { } fb) Errors[nameof(Facebook)] = fb;
        if (RacerRules.CheckHandle(RacerRules.Clean(Instagram), "Instagram") is { } ig) Errors[nameof(Instagram)] = ig;
        var sponsors = SponsorList;
        if (sponsors.Count > RacerRules.SponsorsMax)
            Errors[nameof(Sponsors)] = $"List at most {RacerRules.SponsorsMax} sponsors.";
        else if (sponsors.FirstOrDefault(s => s.Length > RacerRules.SponsorMax) is { } longOne)
            Errors[nameof(Sponsors)] = $"Use at most {RacerRules.SponsorMax} characters per sponsor ('{longOne[..20]}…' is longer).";
        if (RacerRules.CheckTeam(RacerRules.Clean(Team)) is { } team) Errors[nameof(Team)] = team;
        TextRules.CheckReadable(Errors, (nameof(Email), Email), (nameof(Facebook), Facebook), (nameof(Instagram), Instagram), (nameof(Sponsors), Sponsors));
        if (WasDefault && !IsDefault)
            Errors[nameof(IsDefault)] = "This is the default racer. To change the default, open another racer's profile and check \"Set as Default Profile\" there.";
        return Errors.Count == 0;
    }

    public RacerChanges ToChanges() => new(
        CleanName, RacerRules.Clean(Email), RacerRules.Clean(Facebook), RacerRules.Clean(Instagram), SponsorList, IsDefault,
        RacerRules.Clean(Team));
}
