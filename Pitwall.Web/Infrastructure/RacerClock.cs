namespace Pitwall.Web.Infrastructure;

/// <summary>
/// The racer's day and time: in the browser's time zone (the <c>pitwall_tz</c> cookie that
/// <c>wwwroot/js/zone.js</c> sets), else the deployment's (PITWALL_TIME_ZONE), else UTC. Never the
/// server's: a hosted instance's clock is on another continent's day as often as not.
/// </summary>
public sealed class RacerClock(IHttpContextAccessor accessor, IConfiguration config, TimeProvider time)
{
    public const string Cookie = "pitwall_tz";

    TimeZoneInfo? _zone;

    public TimeZoneInfo Zone => _zone ??= Find(accessor.HttpContext?.Request.Cookies[Cookie]) ?? Find(config["PITWALL_TIME_ZONE"]) ?? TimeZoneInfo.Utc;

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>An IANA zone this machine knows (tzdata), or null for anything else a client or operator sent.</summary>
    static TimeZoneInfo? Find(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+')
            && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
