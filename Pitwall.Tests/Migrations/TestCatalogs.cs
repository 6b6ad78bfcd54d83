using Pitwall.Sql.Migrations;

namespace Pitwall.Tests.Migrations;

/// <summary>The real migrations plus extra ones embedded in this test assembly under a prefix of their own.</summary>
public static class TestCatalogs
{
    public static MigrationCatalog With(string extraPrefix) => new(
        [typeof(MigrationCatalog).Assembly, typeof(TestCatalogs).Assembly],
        [MigrationCatalog.MigrationPrefix, extraPrefix],
        [MigrationCatalog.UndoPrefix]);
}
