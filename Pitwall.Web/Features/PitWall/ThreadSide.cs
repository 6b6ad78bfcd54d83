namespace Pitwall.Web.Features.PitWall;

/// <summary>Who looks at a thread: the wall (from a card) or the racer (on their session view).</summary>
public enum ThreadSide { Wall, Racer }
