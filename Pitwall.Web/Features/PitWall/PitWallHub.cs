using System.Collections.Concurrent;

namespace Pitwall.Web.Features.PitWall;

/// <summary>
/// This instance's switchboard between the one listening connection (PitWallListener) and the
/// open live views: each view subscribes with what it wants to hear, and is handed the number
/// of the latest signal for it (a view that is busy skips to the latest: it re-reads anyway).
/// It also counts the open views against PITWALL_LIVE_VIEWS.
/// </summary>
public sealed class PitWallHub(PitWallSettings settings)
{
    readonly ConcurrentDictionary<PitWallSubscription, byte> _subscriptions = new();
    long _seq;
    int _open;

    /// <summary>The number of the latest signal heard; a view renders "as of" it.</summary>
    public long Seq => Interlocked.Read(ref _seq);

    public int OpenViews => Volatile.Read(ref _open);

    /// <summary>Takes a place for a live view; false when the instance serves as many as it may.</summary>
    public bool TryOpenView()
    {
        if (Interlocked.Increment(ref _open) <= settings.LiveViews) return true;
        Interlocked.Decrement(ref _open);
        return false;
    }

    public void CloseView() => Interlocked.Decrement(ref _open);

    public PitWallSubscription Subscribe(Func<PitWallSignal, bool> wants)
    {
        var subscription = new PitWallSubscription(wants, s => _subscriptions.TryRemove(s, out _));
        _subscriptions.TryAdd(subscription, 0);
        return subscription;
    }

    /// <summary>A notification: what changed on racer <paramref name="racer"/>'s card of team <paramref name="team"/>.</summary>
    public void Publish(int team, int racer) => Deliver(new PitWallSignal(Interlocked.Increment(ref _seq), team, racer, false));

    /// <summary>Every view re-reads: nothing was heard for a while, or time moved on.</summary>
    public void PublishEverything() => Deliver(new PitWallSignal(Interlocked.Increment(ref _seq), 0, 0, true));

    void Deliver(PitWallSignal signal)
    {
        foreach (var subscription in _subscriptions.Keys)
            if (signal.Everything || subscription.Wants(signal)) subscription.Offer(signal.Seq);
    }
}
