using System.Globalization;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// Every limit Pitwall applies to a client, with its environment variable. The defaults fit a
/// team at the track: the draft autosaves 600 ms after the last keystroke, at most 100 saves a
/// minute from a racer typing without pause, well inside 120 writes a minute with a burst of 60.
/// Zero turns a rate limit off (the benchmark drives the app far faster than any person).
/// </summary>
public sealed record Limits(
    int WriteBurst,
    int WritesPerMinute,
    int CreatesPerHour,
    int SignInFailures,
    TimeSpan SignInWindow,
    TimeSpan SessionRetention,
    TimeSpan PurgeInterval)
{
    public static Limits From(IConfiguration config) => new(
        WriteBurst: Int(config, "PITWALL_WRITE_BURST", 60),
        WritesPerMinute: Int(config, "PITWALL_WRITES_PER_MINUTE", 120),
        CreatesPerHour: Int(config, "PITWALL_CREATES_PER_HOUR", 60),
        SignInFailures: Int(config, "PITWALL_SIGNIN_FAILURES", 10),
        SignInWindow: TimeSpan.FromSeconds(Number(config, "PITWALL_SIGNIN_WINDOW_SECONDS", 900)),
        SessionRetention: TimeSpan.FromDays(Number(config, "PITWALL_SESSION_RETENTION_DAYS", 180)),
        PurgeInterval: TimeSpan.FromSeconds(Number(config, "PITWALL_SESSION_PURGE_SECONDS", 3600)));

    static int Int(IConfiguration config, string key, int fallback) =>
        int.TryParse(config[key], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= 0 ? v : fallback;

    static double Number(IConfiguration config, string key, double fallback) =>
        double.TryParse(config[key], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
}
