using System.Globalization;
using System.Text;

namespace Pitwall.Bench;

public sealed record LoadRow(string Fragment, int Connections, LoadResult App, long Bytes, PgBenchResult Limit, double RoundTrips)
{
    public double Ratio => App.RequestsPerSecond / Limit.Tps;
}

public sealed record ScaleRow(int Racers, long Phase44Ms, long AllMigrationsMs, bool NotRewritten, string Plan, double LookupMs)
{
    public bool UsesPartialIndex => Plan.Contains("idx_racer_profiles_is_default", StringComparison.Ordinal);
}

/// <summary>Everything measured, and the table of bench/results.md.</summary>
public sealed class Results(int cores, DateTime when, int seconds)
{
    public List<double> FreshStart { get; } = [];
    public List<double> FreshMigration { get; } = [];
    public List<double> MigratedStart { get; } = [];
    public List<LoadRow> Load { get; } = [];
    public List<ScaleRow> Scale { get; } = [];

    static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
    static string F(double x, string format = "0.0") => x.ToString(format, CultureInfo.InvariantCulture);
    static string Met(bool ok) => ok ? "met" : "**missed**";

    public string Markdown()
    {
        var md = new StringBuilder();
        md.AppendLine($"# Pitwall benchmark");
        md.AppendLine();
        md.AppendLine($"{when:yyyy-MM-dd HH:mm}, {cores} cores, {seconds} s per run, app and PostgreSQL 15 on the same machine (loopback). " +
                      "Written by `make bench`; the chart is `ratios.png`.");
        md.AppendLine();
        md.AppendLine("## Fragments under load (wrk) against PostgreSQL's own rate for the same SQL (pgbench)");
        md.AppendLine();
        md.AppendLine("Each fragment is requested as htmx requests it, by 16 browsers in turn; pgbench runs the same SQL files with the same values " +
                      "(prepared statements, as the app's Npgsql runs them). Statements per request come from `pg_stat_statements` over 200 requests " +
                      "(the odd connection reset makes the .01).");
        md.AppendLine();
        md.AppendLine("| fragment | conns | app req/s | p50 ms | p99 ms | errors | bytes | pgbench tps | app / pgbench | statements per request |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in Load)
            md.AppendLine($"| {r.Fragment} | {r.Connections} | {F(r.App.RequestsPerSecond, "0")} | {F(r.App.P50Ms, "0.00")} | {F(r.App.P99Ms, "0.00")} | " +
                          $"{r.App.Errors} | {r.Bytes} | {F(r.Limit.Tps, "0")} | {F(100 * r.Ratio, "0")} % | {F(r.RoundTrips, "0.##")} |");
        md.AppendLine();
        md.AppendLine("## Startup");
        md.AppendLine();
        md.AppendLine("| measurement | median of 3 | target |");
        md.AppendLine("| --- | ---: | --- |");
        md.AppendLine($"| process start → first 200, fresh database | {F(Median(FreshStart), "0")} ms | ≤ 2000 ms: {Met(Median(FreshStart) <= 2000)} |");
        md.AppendLine($"| process start → first 200, migrated database | {F(Median(MigratedStart), "0")} ms | ≤ 2000 ms: {Met(Median(MigratedStart) <= 2000)} |");
        md.AppendLine($"| migration of a fresh database (all versions) | {F(Median(FreshMigration), "0")} ms | ≤ 500 ms: {Met(Median(FreshMigration) <= 500)} |");
        md.AppendLine();
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
        foreach (var f in Load.DistinctBy(r => r.Fragment))
            md.AppendLine($"| {f.Fragment} ≤ 4 KB | {f.Bytes} bytes | {Met(f.Bytes <= 4096)} |");
        if (Load.FirstOrDefault(r => r.Fragment.StartsWith("Fleet", StringComparison.Ordinal) && r.Connections == 8) is { } fleet)
        {
            md.AppendLine($"| fleet fragment ≥ 50 % of pgbench at 8 connections | {F(100 * fleet.Ratio, "0")} % | {Met(fleet.Ratio >= 0.5)} |");
            md.AppendLine($"| fleet fragment p99 ≤ 20 ms at 8 connections | {F(fleet.App.P99Ms, "0.00")} ms | {Met(fleet.App.P99Ms <= 20)} |");
        }
        md.AppendLine($"| fresh migration ≤ 500 ms | {F(Median(FreshMigration), "0")} ms | {Met(Median(FreshMigration) <= 500)} |");
        md.AppendLine($"| first page ≤ 2 s after process start | {F(Median(FreshStart), "0")} ms | {Met(Median(FreshStart) <= 2000)} |");
        if (large is not null)
        {
            md.AppendLine($"| 1M-row Phase 4.4 migration ≤ 5 s, no rewrite | {large.Phase44Ms} ms, {(large.NotRewritten ? "not rewritten" : "rewritten")} | {Met(large.Phase44Ms <= 5000 && large.NotRewritten)} |");
            if (small is not null)
                md.AppendLine($"| default lookup at 1M within 1.5× of 1k | {F(large.LookupMs, "0.000")} ms vs {F(small.LookupMs, "0.000")} ms ({F(large.LookupMs / small.LookupMs, "0.00")}×) | {Met(large.LookupMs <= 1.5 * small.LookupMs)} |");
        }
        return md.ToString();
    }
}

/// <summary>The chart of the main ratios, drawn by gnuplot (Debian's gnuplot-nox).</summary>
public static class Chart
{
    public static async Task DrawAsync(Results results, string workDir, string png)
    {
        var levels = results.Load.Select(r => r.Connections).Distinct().Order().ToList();
        var data = new StringBuilder("fragment " + string.Join(' ', levels.Select(c => $"\"{c} conn\"")) + "\n");
        foreach (var group in results.Load.GroupBy(r => r.Fragment))
            data.AppendLine($"\"{group.Key}\" " + string.Join(' ', levels.Select(c =>
                (100 * group.First(r => r.Connections == c).Ratio).ToString("0.0", CultureInfo.InvariantCulture))));
        var dataFile = Path.Combine(workDir, "ratios.dat");
        await File.WriteAllTextAsync(dataFile, data.ToString());
        var plot = $"""
            set terminal pngcairo size 900,480 font "sans,10"
            set output "{png}"
            set title "Pitwall requests/s as % of pgbench transactions/s for the same SQL"
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
