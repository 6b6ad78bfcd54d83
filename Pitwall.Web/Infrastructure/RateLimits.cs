using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// Per-client limits on unsafe requests (ASP.NET Core's rate limiter): a token bucket for all
/// writes, and a stricter window on creating racers, cars and sessions, whose rows every
/// visitor's page carries. The client is its address: the proxy's X-Forwarded-For only when
/// PITWALL_FORWARDED_HEADERS trusts it (else every client behind the proxy shares one bucket).
/// A refusal is a 429 with Retry-After.
/// </summary>
public static class RateLimits
{
    public const string Creations = "creations";

    public static IServiceCollection AddPitwallRateLimits(this IServiceCollection services, Limits limits) => services.AddRateLimiter(o =>
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            !RequestGuards.IsUnsafe(context.Request.Method) || limits.WritesPerMinute == 0
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetTokenBucketLimiter(ClientAddress(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, limits.WriteBurst),
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1.0 / limits.WritesPerMinute),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        o.AddPolicy(Creations, context => limits.CreatesPerHour == 0
            ? RateLimitPartition.GetNoLimiter("")
            : RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.CreatesPerHour,
                Window = TimeSpan.FromHours(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
        o.OnRejected = (rejected, _) => new ValueTask(TooManyAsync(rejected.HttpContext, RetryAfter(rejected.Lease),
            "Too many changes from your address in a short time", "rate limit"));
    });

    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);

    /// <summary>429 with Retry-After in whole seconds, and the wait in the message.</summary>
    public static Task TooManyAsync(HttpContext context, TimeSpan retryAfter, string what, string cause)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        return ErrorPages.RefuseAsync(context, StatusCodes.Status429TooManyRequests, $"{what}: wait {seconds} s and try again.", cause, seconds);
    }
}
