using System.Text.RegularExpressions;
using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.Profiles;

/// <summary>Field rules shared by the racer forms; the database enforces the same ones (V4).</summary>
public static partial class RacerRules
{
    public const int NameMax = 80;
    public const int EmailMax = 254;
    public const int HandleMax = 255;
    public const int SponsorMax = 100;
    public const int SponsorsMax = 20;

    public static string? CheckName(string name) => name.Length switch
    {
        0 => "Enter the racer's name.",
        > NameMax => $"Use at most {NameMax} characters for the name (this one has {name.Length}).",
        _ => TextRules.CheckName(name),
    };

    public static string? CheckEmail(string? email) => email switch
    {
        null => null,
        { Length: > EmailMax } => $"Use at most {EmailMax} characters for the email.",
        _ when !Email().IsMatch(email) => "Enter an email address such as racer@example.com, or leave it empty.",
        _ => null,
    };

    public static string? CheckHandle(string? value, string what) =>
        value is { Length: > HandleMax } ? $"Use at most {HandleMax} characters for {what}." : null;

    /// <summary>Trimmed, with empty input as null.</summary>
    public static string? Clean(string? value) => TextRules.Clean(value);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}

/// <summary>The ➕ New Racer form: what was typed and what is wrong with it.</summary>
public sealed class NewRacerForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
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
    /// <summary>Whether the racer is the default now, which the checkbox cannot undo.</summary>
    public bool WasDefault { get; set; }
    public Dictionary<string, string> Errors { get; } = [];

    public string CleanName => RacerRules.Clean(Name) ?? "";

    public IReadOnlyList<string> SponsorList =>
        (Sponsors ?? "").Split('\n').Select(s => RacerRules.Clean(s) ?? "").Where(s => s.Length > 0).Distinct().ToList();

    public static EditProfileForm From(Pitwall.Sql.Profiles.Racer racer) => new()
    {
        Id = racer.Id,
        Name = racer.Name,
        Email = racer.Email,
        Facebook = racer.Facebook,
        Instagram = racer.Instagram,
        Sponsors = string.Join('\n', racer.Sponsors),
        IsDefault = racer.IsDefault,
        WasDefault = racer.IsDefault,
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
        TextRules.CheckReadable(Errors, (nameof(Email), Email), (nameof(Facebook), Facebook), (nameof(Instagram), Instagram), (nameof(Sponsors), Sponsors));
        if (WasDefault && !IsDefault)
            Errors[nameof(IsDefault)] = "This is the default racer. To change the default, open another racer's profile and check \"Set as Default Profile\" there.";
        return Errors.Count == 0;
    }

    public Pitwall.Sql.Profiles.RacerChanges ToChanges() => new(
        CleanName, RacerRules.Clean(Email), RacerRules.Clean(Facebook), RacerRules.Clean(Instagram), SponsorList, IsDefault);
}
