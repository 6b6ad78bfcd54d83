using System.Globalization;
using System.Text.RegularExpressions;

namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// A decoder's legacy ASCII feed: "@ decoder sequence transponder seconds hits strength status
/// checksum" per passing, tab-separated; lines starting with "#" are the decoder's status and
/// carry no passing. Laps come from <see cref="DecoderLaps"/>.
/// </summary>
internal static partial class DecoderFeedReader
{
    public static bool Starts(TextLine line) => Record().IsMatch(line.Text);

    public static TimingSheet Read(IReadOnlyList<TextLine> lines, decimal minimumLap)
    {
        var passings = new List<(TextLine Line, string Decoder, Passing Passing)>();
        foreach (var line in lines.Where(l => !l.IsBlank && !l.Text.TrimStart().StartsWith('#')))
            passings.Add(PassingOn(line, passings));
        var firstLines = passings.GroupBy(p => p.Passing.Transponder).ToDictionary(g => g.Key, g => g.First().Line.Number);
        var drivers = DecoderLaps.From(passings.Select(p => p.Passing).ToList(), minimumLap)
            .Select(t => new DriverLine
            {
                Line = firstLines[t.Transponder], Transponder = t.Transponder,
                Laps = t.Laps.Count, LapTimes = t.Laps, DoubleReads = t.DoubleReads,
            })
            .ToList();
        List<string> notes =
        [
            "Laps from decoder passings: no names, car numbers, places or race times; each transponder's first passing starts its first lap.",
            .. drivers.Where(d => d.DoubleReads > 0).Select(d =>
                $"Transponder {d.Transponder}: {TimingText.Count(d.DoubleReads!.Value, "double read")} dropped (passings less than {minimumLap.ToString(CultureInfo.InvariantCulture)} s after the last kept one)."),
        ];
        return new(TimingLayout.DecoderPassings, $"Decoder passings, {TimingText.Count(drivers.Count, "transponder")}",
            RaceHeading.None, drivers, notes);
    }

    static (TextLine, string, Passing) PassingOn(TextLine line, List<(TextLine Line, string Decoder, Passing Passing)> before)
    {
        var m = PassingLine().Match(line.Text.Trim());
        if (!m.Success)
            throw TimingRefusal.At(line, "a passing (@, decoder, sequence, transponder, seconds, … separated by tabs) or a status line starting with #");
        var (decoder, transponder) = (m.Groups["decoder"].Value, m.Groups["transponder"].Value);
        var seconds = decimal.Parse(m.Groups["seconds"].Value, CultureInfo.InvariantCulture);
        if (before.Count > 0 && before[0].Decoder != decoder)
            throw TimingRefusal.At(line, $"passings from one decoder ({before[0].Decoder}), as laps are timed on one loop, not {decoder}");
        var last = before.FindLast(p => p.Passing.Transponder == transponder);
        if (last.Passing is not null && seconds < last.Passing.Seconds)
            throw TimingRefusal.At(line, $"a time after {last.Passing.Seconds.ToString(CultureInfo.InvariantCulture)} s, transponder {transponder}'s passing on line {last.Line.Number}");
        return (line, decoder, new Passing(transponder, seconds));
    }

    [GeneratedRegex(@"^[@#]\t\d+\t")]
    private static partial Regex Record();

    [GeneratedRegex(@"^@\t(?<decoder>\d+)\t\d+\t(?<transponder>\d+)\t(?<seconds>\d{1,9}(?:\.\d{1,6})?)(?:\t[^\t]*){0,4}$")]
    private static partial Regex PassingLine();
}
