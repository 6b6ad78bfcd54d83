namespace Pitwall.Sql.Migrations;

public sealed record MigrationResult(decimal Version, int Applied, long ElapsedMs);
