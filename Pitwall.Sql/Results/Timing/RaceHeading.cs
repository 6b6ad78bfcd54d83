using System.Text.RegularExpressions;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// The race a paste names, where its layout prints it: the name as printed, split into class and
/// heat when the name ends with a heat racers use ("1/8 Nitro Buggy" + "A-Main"); round and race
/// number as the system prints them; LiveRC's length ("20:00 Timed").
/// </summary>
public sealed partial record RaceHeading(
    string? RaceName, string? ClassName, string? HeatName, string? Round, int? RaceNumber, string? Length)
{
    public static RaceHeading None { get; } = new(null, null, null, null, null, null);

    /// <summary>Class and heat are left null when the name does not end with a heat Pitwall knows: the caller still has the whole name.</summary>
    public static RaceHeading Named(string raceName)
    {
        var name = raceName.Trim();
        return ClassThenHeat().Match(name) is { Success: true } m
            ? None with { RaceName = name, ClassName = m.Groups["class"].Value, HeatName = m.Groups["heat"].Value }
            : None with { RaceName = name };
    }

    // A-Main, B Main, AA-Main, Main; Heat 3; Qualifier 2; Qualifying Round 1; Q4; Round 2; Practice; (Semi-/Quarter-)Final.
    [GeneratedRegex(@"^(?<class>.+?)\s+(?<heat>(?:[A-Z]{1,3}[- ])?Main(?:\s+\d+)?|Heat\s*\d+|Qualifier\s*\d+|Qualifying(?:\s+Round)?\s*\d+|Q\d+|Round\s*\d+|Practice(?:\s*\d+)?|(?:Semi|Quarter)[- ]?Final(?:\s*\d+)?|Final)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClassThenHeat();
}
