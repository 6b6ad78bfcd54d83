using System.Threading.Channels;

namespace Pitwall.Web.Features.PitWall;

/// <summary>One live view's inbox at the hub: the number of the latest signal for it, older ones dropped.</summary>
public sealed class PitWallSubscription : IDisposable
{
    readonly Func<PitWallSignal, bool> _wants;
    readonly Action<PitWallSubscription> _leave;
    readonly Channel<long> _latest = Channel.CreateBounded<long>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });

    internal PitWallSubscription(Func<PitWallSignal, bool> wants, Action<PitWallSubscription> leave)
    {
        _wants = wants;
        _leave = leave;
    }

    internal bool Wants(PitWallSignal signal) => _wants(signal);

    internal void Offer(long seq) => _latest.Writer.TryWrite(seq);

    /// <summary>Waits for the next signal for this view: its number.</summary>
    public ValueTask<long> NextAsync(CancellationToken ct) => _latest.Reader.ReadAsync(ct);

    public void Dispose() => _leave(this);
}
