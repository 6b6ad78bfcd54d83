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
    public const int TeamMax = 80;

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

    /// <summary>A team's name (teams.name holds 255; Pitwall keeps it to what a card's heading shows). Empty keeps the racer's team.</summary>
    public static string? CheckTeam(string? team) => team switch
    {
        null => null,
        { Length: > TeamMax } => $"Use at most {TeamMax} characters for the team (this one has {team.Length}).",
        _ => TextRules.CheckName(team),
    };

    public static string? CheckHandle(string? value, string what) =>
        value is { Length: > HandleMax } ? $"Use at most {HandleMax} characters for {what}." : null;

    /// <summary>Trimmed, with empty input as null.</summary>
    public static string? Clean(string? value) => TextRules.Clean(value);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
