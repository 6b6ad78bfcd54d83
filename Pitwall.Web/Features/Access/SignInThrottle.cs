using System.Threading.RateLimiting;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Access;

/// <summary>Wrong keys per client address: after PITWALL_SIGNIN_FAILURES within the window, 429 until it passes.</summary>
public sealed class SignInThrottle(Limits limits) : IDisposable
{
    readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limits.SignInFailures),
            Window = limits.SignInWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>How long the address must wait, or null when it may try a key.</summary>
    public TimeSpan? Blocked(string address)
    {
        using var probe = _failures.AttemptAcquire(address, 0);
        return probe.IsAcquired ? null : RateLimits.RetryAfter(probe);
    }

    public void Failed(string address) => _failures.AttemptAcquire(address).Dispose();

    public void Dispose() => _failures.Dispose();
}
