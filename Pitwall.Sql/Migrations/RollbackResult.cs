namespace Pitwall.Sql.Migrations;

public sealed record RollbackResult(decimal FromVersion, decimal ToVersion, IReadOnlyList<string> Undone);
