using System.Text.Json.Nodes;

namespace Pitwall.Sql.Print;

/// <summary>What the printed sheet shows, as Print_Session.sql or Print_Car.sql builds it (a baseline's sheet has no session).</summary>
public sealed record PrintSheet(
    string RacerName, string Brand, string Model, string? Nickname, string? Transponder, JsonObject Baseline, PrintedSession? Session = null)
{
    public string Car => Fleet.CarLabel.Of(Brand, Model, Nickname);
}
