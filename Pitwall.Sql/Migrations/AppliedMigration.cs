namespace Pitwall.Sql.Migrations;

public sealed record AppliedMigration(decimal Version, string Name, DateTime InstalledOn);
