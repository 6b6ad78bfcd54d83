using System.Globalization;
using System.Text;

namespace Pitwall.Bench;

/// <summary>A response's bytes: raw, and on the wire as Brotli and gzip.</summary>
public sealed record Sizes(long Raw, long Brotli, long Gzip);

/// <summary>A first visit's page and static files (Brotli); which of them a repeat visit fetches again.</summary>
public sealed record Visit(long PageBytes, IReadOnlyList<(string Path, long Bytes, bool Immutable)> Assets)
{
    public long FirstVisitBytes => PageBytes + Assets.Sum(a => a.Bytes);
    public long RepeatVisitStaticBytes => Assets.Where(a => !a.Immutable).Sum(a => a.Bytes);
}

/// <summary>
/// One fragment at one concurrency: the app, its floor and pgbench run in turn, once each per
/// repeat. Each ratio is taken within its repeat (neighbours in time share the machine's pace)
/// and reported as the median with its spread; a spread wider than <see cref="WideSpread"/> is
/// flagged, not judged.
/// </summary>
public sealed record LoadRow(string Fragment, int Connections, Sizes Sizes, double RoundTrips)
{
    public const double WideSpread = 0.25;

    public List<LoadResult> App { get; } = [];
    public List<LoadResult> Floor { get; } = [];
    public List<PgBenchResult> Limit { get; } = [];

    public IReadOnlyList<double> Ratios => App.Zip(Limit, (a, l) => a.RequestsPerSecond / l.Tps).ToList();
    public double Ratio => Results.Median(Ratios);
    /// <summary>(max − min) / median of the paired ratios.</summary>
    public double Spread => (Ratios.Max() - Ratios.Min()) / Ratio;
    public bool TooWide => Spread > WideSpread;

    /// <summary>The app's rate as a share of its floor's, per repeat: what Pitwall's own code costs.</summary>
    public IReadOnlyList<double> FloorRatios => App.Zip(Floor, (a, f) => a.RequestsPerSecond / f.RequestsPerSecond).ToList();
    public double FloorRatio => Results.Median(FloorRatios);
    public double FloorSpread => (FloorRatios.Max() - FloorRatios.Min()) / FloorRatio;
    public double WorstP99Ms => App.Max(a => a.P99Ms);
}

public sealed record ScaleRow(int Racers, long Phase44Ms, long AllMigrationsMs, bool NotRewritten, string Plan, double LookupMs)
{
    public bool UsesPartialIndex => Plan.Contains("idx_racer_profiles_is_default", StringComparison.Ordinal);
}

/// <summary>Everything measured, and the table of bench/results.md.</summary>
public sealed class Results(int cores, DateTime when, int seconds, int repeats)
{
    public List<double> FreshStart { get; } = [];
    public List<double> FreshMigration { get; } = [];
    public List<double> MigratedStart { get; } = [];
    public List<LoadRow> Load { get; } = [];
    public List<ScaleRow> Scale { get; } = [];
    public Pitwall.Sql.Exchange.ExchangeFigures? Exchange { get; set; }
    public List<ProfileResult> Profiles { get; } = [];
    public Visit? Visit { get; set; }

    public static double Median(IReadOnlyList<double> xs)
    {
        var sorted = xs.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    static string Kb(long bytes) => $"{bytes:N0} B";
    static string F(double x, string format = "0.0") => x.ToString(format, CultureInfo.InvariantCulture);
    static string Met(bool ok) => ok ? "met" : "**missed**";

    public string Markdown()
    {
        var md = new StringBuilder();
        md.AppendLine($"# Pitwall benchmark");
        md.AppendLine();
        md.AppendLine($"{when:yyyy-MM-dd HH:mm}, {cores} cores, app and PostgreSQL 15 on the same machine (loopback); {repeats} runs of {seconds} s " +
                      "per measurement. Written by `make bench`; the chart is `ratios.png`.");
        md.AppendLine();
        md.AppendLine("## Fragments under load (wrk) against their floor and against PostgreSQL's own rate for the same SQL (pgbench)");
        md.AppendLine();
        md.AppendLine("Each fragment is requested as htmx requests it, by 16 browsers in turn. The **floor** is a bare Kestrel endpoint in the bench's " +
                      "process (`bench/Pitwall.Bench/Floor.cs`: no MVC, no Razor, no middleware, a connection pool set up as the app's) that runs the " +
                      "same SQL files with the same parameters and writes a body of the same size: app ÷ floor is what Pitwall's own code costs. " +
                      "pgbench runs the same SQL files with the same values (prepared statements, as the app's Npgsql runs them). The three run in " +
                      "turn (app, floor, pgbench, app, …) and each ratio is taken within its repeat; the table gives the median of the repeats and " +
                      $"the range of the ratios. A spread ((max − min) / median) over {LoadRow.WideSpread:P0} is flagged **too wide to judge**: the " +
                      "machine's pace moved within the repeat. p99 is the worst repeat's. Statements per request come from `pg_stat_statements` " +
                      "over 200 requests (the odd connection reset makes the .01). `wrk` sends no `Accept-Encoding`, so these responses are " +
                      "uncompressed; the sizes below are what a browser receives.");
        md.AppendLine();
        md.AppendLine("| fragment | conns | app req/s | p50 ms | worst p99 ms | errors | floor req/s | app / floor (median) | app / floor (min–max) | " +
                      "pgbench tps | app / pgbench (median) | app / pgbench (min–max) | spread | statements per request |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in Load)
            md.AppendLine($"| {r.Fragment} | {r.Connections} | {F(Median(r.App.Select(a => a.RequestsPerSecond).ToList()), "0")} | " +
                          $"{F(Median(r.App.Select(a => a.P50Ms).ToList()), "0.00")} | {F(r.WorstP99Ms, "0.00")} | {r.App.Sum(a => a.Errors) + r.Floor.Sum(a => a.Errors)} | " +
                          $"{F(Median(r.Floor.Select(a => a.RequestsPerSecond).ToList()), "0")} | {F(100 * r.FloorRatio, "0")} % | " +
                          $"{F(100 * r.FloorRatios.Min(), "0")}–{F(100 * r.FloorRatios.Max(), "0")} % | " +
                          $"{F(Median(r.Limit.Select(l => l.Tps).ToList()), "0")} | {F(100 * r.Ratio, "0")} % | " +
                          $"{F(100 * r.Ratios.Min(), "0")}–{F(100 * r.Ratios.Max(), "0")} % | " +
                          $"{F(100 * Math.Max(r.Spread, r.FloorSpread), "0")} %{(r.TooWide || r.FloorSpread > LoadRow.WideSpread ? " **too wide to judge**" : "")} | {F(r.RoundTrips, "0.##")} |");
        md.AppendLine();
        md.AppendLine("## Bytes on the wire");
        md.AppendLine();
        md.AppendLine("| response | raw | Brotli | gzip |");
        md.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var r in Load.DistinctBy(r => r.Fragment))
            md.AppendLine($"| {r.Fragment} | {Kb(r.Sizes.Raw)} | {Kb(r.Sizes.Brotli)} | {Kb(r.Sizes.Gzip)} |");
        if (Visit is { } visit)
        {
            md.AppendLine();
            md.AppendLine($"First visit (Brotli): the page {Kb(visit.PageBytes)}, " + string.Join(", ", visit.Assets.Select(a => $"`{a.Path}` {Kb(a.Bytes)}{(a.Immutable ? " (immutable)" : " (**not cached as immutable**)")}")) +
                          $"; {Kb(visit.FirstVisitBytes)} in all. A repeat visit fetches the page alone: {Kb(visit.RepeatVisitStaticBytes)} of static files again.");
        }
        md.AppendLine();
        if (Profiles.Count > 0)
        {
            md.AppendLine("## Where the app's time goes");
            md.AppendLine();
            md.AppendLine("dotnet-trace samples every thread's stack at about 100 Hz while wrk drives the fragment at 8 connections; a sample counts when its " +
                          "thread was running managed code, and goes to the innermost frame that names a category (`bench/Pitwall.Bench/Profile.cs`).");
            md.AppendLine();
            var categories = Profiles.SelectMany(p => p.Shares.Select(x => x.Category)).Distinct()
                .OrderByDescending(c => Profiles.Sum(p => p.Shares.FirstOrDefault(x => x.Category == c).Share)).ToList();
            md.AppendLine("| category | " + string.Join(" | ", Profiles.Select(p => p.Fragment)) + " |");
            md.AppendLine("| --- |" + string.Concat(Profiles.Select(_ => " ---: |")));
            foreach (var c in categories)
                md.AppendLine($"| {c} | " + string.Join(" | ", Profiles.Select(p => F(100 * p.Shares.FirstOrDefault(x => x.Category == c).Share, "0.0") + " %")) + " |");
            md.AppendLine($"| samples (thread-ms) | " + string.Join(" | ", Profiles.Select(p => F(p.SampledMs, "0"))) + " |");
            md.AppendLine();
        }
        if (FreshStart.Count > 0) Startup(md);
        Rest(md);
        return md.ToString();
    }

    void Startup(StringBuilder md)
    {
        md.AppendLine("## Startup");
        md.AppendLine();
        md.AppendLine("| measurement | median of 3 | target |");
        md.AppendLine("| --- | ---: | --- |");
        md.AppendLine($"| process start → first 200, fresh database | {F(Median(FreshStart), "0")} ms | ≤ 2000 ms: {Met(Median(FreshStart) <= 2000)} |");
        md.AppendLine($"| process start → first 200, migrated database | {F(Median(MigratedStart), "0")} ms | ≤ 2000 ms: {Met(Median(MigratedStart) <= 2000)} |");
        md.AppendLine($"| migration of a fresh database (all versions) | {F(Median(FreshMigration), "0")} ms | ≤ 500 ms: {Met(Median(FreshMigration) <= 500)} |");
        md.AppendLine();
    }

    void Rest(StringBuilder md)
    {
        if (Exchange is { } x)
        {
            md.AppendLine("## Export and import of a car");
            md.AppendLine();
            md.AppendLine($"One car with {x.Sessions} sessions (full setups) and {x.Results} results of 30 laps, as `ExchangeStore` runs them in the app; medians of 5 runs after a warm-up.");
            md.AppendLine();
            md.AppendLine("| file | export (read + write the file) | check the file (parse, validate) | import (one transaction) |");
            md.AppendLine("| ---: | ---: | ---: | ---: |");
            md.AppendLine($"| {Kb(x.Bytes)} | {F(x.ExportMs, "0")} ms | {F(x.ReadMs, "0")} ms | {F(x.ImportMs, "0")} ms |");
            md.AppendLine();
        }
        md.AppendLine("## Scale of the data");
        md.AppendLine();
        md.AppendLine("| legacy racers | Phase 4.4 migration (V2) | all migrations | table rewritten? | default lookup plan | default lookup latency |");
        md.AppendLine("| ---: | ---: | ---: | --- | --- | ---: |");
        foreach (var r in Scale)
            md.AppendLine($"| {r.Racers:N0} | {r.Phase44Ms} ms | {r.AllMigrationsMs} ms | {(r.NotRewritten ? "no (relfilenode unchanged)" : "**yes**")} | " +
                          $"{(r.UsesPartialIndex ? "index scan of idx_racer_profiles_is_default" : "**no index scan**")} | {F(r.LookupMs, "0.000")} ms |");
        var small = Scale.FirstOrDefault(r => r.Racers == 1_000);
        var large = Scale.FirstOrDefault(r => r.Racers == 1_000_000);
        md.AppendLine();
        if (large is not null)
        {
            md.AppendLine("Plan of the default-racer lookup at 1,000,000 racers (`EXPLAIN ANALYZE` of `Profiles_GetDefault.sql`):");
            md.AppendLine();
            md.AppendLine("```");
            md.AppendLine(large.Plan);
            md.AppendLine("```");
            md.AppendLine();
        }
        md.AppendLine("## Targets");
        md.AppendLine();
        md.AppendLine("| target | measured | |");
        md.AppendLine("| --- | --- | --- |");
        var reads = Load.Where(r => !r.Fragment.Contains("POST", StringComparison.Ordinal) && r.Fragment != "Full page").ToList();
        md.AppendLine($"| reads at one round trip | {string.Join(", ", reads.DistinctBy(r => r.Fragment).Select(r => $"{r.Fragment}: {F(r.RoundTrips, "0.##")}"))} | {Met(reads.All(r => r.RoundTrips <= 1.01))} |");
        // A panel's target; the export is a file to keep, not a panel.
        foreach (var f in Load.DistinctBy(r => r.Fragment).Where(r => r.Fragment != "Full page" && !r.Fragment.EndsWith("export", StringComparison.Ordinal)))
            md.AppendLine($"| {f.Fragment} ≤ 4 KB on the wire | {Kb(f.Sizes.Brotli)} Brotli ({Kb(f.Sizes.Raw)} raw) | {Met(f.Sizes.Brotli <= 4096)} |");
        if (Visit is { } v)
        {
            md.AppendLine($"| first visit ≤ 35 KB on the wire | {Kb(v.FirstVisitBytes)} | {Met(v.FirstVisitBytes <= 35 * 1024)} |");
            md.AppendLine($"| repeat visit re-downloads 0 bytes of static files | {Kb(v.RepeatVisitStaticBytes)} | {Met(v.RepeatVisitStaticBytes == 0)} |");
        }
        void Share(string prefix, string what, double target)
        {
            if (Load.FirstOrDefault(r => r.Fragment.StartsWith(prefix, StringComparison.Ordinal) && r.Connections == 8) is { } row)
                md.AppendLine($"| {what} ≥ {target:P0} of pgbench at 8 connections | {F(100 * row.Ratio, "0")} % (runs {string.Join(", ", row.Ratios.Select(x => F(100 * x, "0") + " %"))}) | " +
                              (row.TooWide ? "spread too wide to judge" : Met(row.Ratio >= target)) + " |");
        }
        Share("Event-setup", "event-setup panel", 0.5);
        Share("Full page", "full page", 0.4);
        if (Load.FirstOrDefault(r => r.Fragment.StartsWith("Fleet", StringComparison.Ordinal) && r.Connections == 8) is { } fleet)
        {
            md.AppendLine($"| fleet fragment ≥ 50 % of pgbench at 8 connections in every run | lowest run {F(100 * fleet.Ratios.Min(), "0")} % | {Met(fleet.Ratios.Min() >= 0.5)} |");
        }
        foreach (var f in Load.Where(r => r.Connections == 8))
            md.AppendLine($"| {f.Fragment} ≥ 80 % of its floor at 8 connections in every repeat | lowest repeat {F(100 * f.FloorRatios.Min(), "0")} % | {Met(f.FloorRatios.Min() >= 0.8)} |");
        foreach (var f in Load.Where(r => r.Connections == 8))
        {
            var limit = f.Fragment.StartsWith("Car of", StringComparison.Ordinal) ? 50 : 20;
            md.AppendLine($"| {f.Fragment} p99 ≤ {limit} ms at 8 connections in every repeat | worst repeat {F(f.WorstP99Ms, "0.00")} ms | {Met(f.WorstP99Ms <= limit)} |");
        }
        if (FreshStart.Count > 0)
        {
            md.AppendLine($"| fresh migration ≤ 500 ms | {F(Median(FreshMigration), "0")} ms | {Met(Median(FreshMigration) <= 500)} |");
            md.AppendLine($"| first page ≤ 2 s after process start | {F(Median(FreshStart), "0")} ms | {Met(Median(FreshStart) <= 2000)} |");
        }
        if (large is not null)
        {
            md.AppendLine($"| 1M-row Phase 4.4 migration ≤ 5 s, no rewrite | {large.Phase44Ms} ms, {(large.NotRewritten ? "not rewritten" : "rewritten")} | {Met(large.Phase44Ms <= 5000 && large.NotRewritten)} |");
            if (small is not null)
                md.AppendLine($"| default lookup at 1M within 1.5× of 1k | {F(large.LookupMs, "0.000")} ms vs {F(small.LookupMs, "0.000")} ms ({F(large.LookupMs / small.LookupMs, "0.00")}×) | {Met(large.LookupMs <= 1.5 * small.LookupMs)} |");
        }
    }
}

/// <summary>The chart of the main ratios, drawn by gnuplot (Debian's gnuplot-nox).</summary>
public static class Chart
{
    public static async Task DrawAsync(Results results, string workDir, string png)
    {
        var levels = results.Load.Select(r => r.Connections).Distinct().Order().ToList();
        var data = new StringBuilder("fragment " + string.Join(' ', levels.Select(c => $"\"{c} conn\"")) + "\n");
        // The fragments measured at every level (the scale ones run at 8 alone: results.md has them).
        foreach (var group in results.Load.GroupBy(r => r.Fragment).Where(g => g.Count() == levels.Count))
            data.AppendLine($"\"{group.Key}\" " + string.Join(' ', levels.Select(c =>
                (100 * group.First(r => r.Connections == c).Ratio).ToString("0.0", CultureInfo.InvariantCulture))));
        // The bars are medians of the paired runs; results.md gives each one's range.
        var dataFile = Path.Combine(workDir, "ratios.dat");
        await File.WriteAllTextAsync(dataFile, data.ToString());
        var plot = $"""
            set terminal pngcairo size 900,480 font "sans,10"
            set output "{png}"
            set title "Pitwall requests/s as % of pgbench transactions/s for the same SQL (median of paired runs)"
            set style data histogram
            set style histogram cluster gap 1
            set style fill solid 0.8 border -1
            set ylabel "app / pgbench (%)"
            set yrange [0:*]
            set grid ytics
            set key top right
            plot for [i=2:{levels.Count + 1}] "{dataFile}" using i:xtic(1) title columnhead
            """;
        var script = Path.Combine(workDir, "ratios.gp");
        await File.WriteAllTextAsync(script, plot);
        await Shell.RunAsync("gnuplot", [script]);
    }
}
