namespace Pitwall.Web.Features.PitWall;

/// <summary>
/// What a notification said (team and racer ids, nothing else), numbered in the order this
/// instance heard it. <see cref="Everything"/> is a signal for every view: the listening
/// connection came back (what changed meanwhile was not heard), or the clock moved the
/// cards' "updated … ago" on.
/// </summary>
public readonly record struct PitWallSignal(long Seq, int Team, int Racer, bool Everything)
{
    /// <summary>Parses the payload V22's pitwall_notify_board sends: '&lt;team id&gt; &lt;racer id&gt;'.</summary>
    public static bool TryParse(string payload, out int team, out int racer)
    {
        team = racer = 0;
        var parts = payload.Split(' ');
        return parts.Length == 2 && int.TryParse(parts[0], out team) && int.TryParse(parts[1], out racer);
    }
}
