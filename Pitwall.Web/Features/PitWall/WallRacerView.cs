using Pitwall.Sql.PitWall;
using Pitwall.Sql.Setup;
using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.PitWall;

/// <summary>The wall's read-only view of a racer: their card's session with its sheet, results and changes, and the thread.</summary>
public sealed class WallRacerView(int team, WallRacer racer, MessageThread thread)
{
    public int TeamId => team;
    public WallSession Session => racer.Session;
    public IReadOnlyList<WallResult> Results => racer.Results;
    public IReadOnlyList<WallChange> Changes => racer.Changes;
    public ThreadView Thread { get; } = new(thread, ThreadSide.Wall, new MessageForm());

    /// <summary>The sheet, read-only: values as stored, compared with the car's baseline.</summary>
    public SetupSheetView? Sheet { get; } = racer.Session.SessionId is null ? null
        : SetupSheetView.Of("wall-sheet", new SetupSheetForm(null, SetupValues.Parse(racer.Session.Setup)), SetupValues.Parse(racer.Session.Baseline), readOnly: true);
}
