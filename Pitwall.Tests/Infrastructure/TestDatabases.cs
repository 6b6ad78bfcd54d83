using Microsoft.Extensions.Logging.Abstractions;
using Pitwall.Sql.Migrations;

namespace Pitwall.Tests.Infrastructure;

/// <summary>
/// Migrated databases of either shape, copied from a template made once per test run (CREATE
/// DATABASE … TEMPLATE): a test gets its own database without paying for building and migrating it.
/// </summary>
public static class TestDatabases
{
    static readonly Dictionary<DatabaseShape, Lazy<Task<string>>> Templates = new()
    {
        [DatabaseShape.Fresh] = new(() => TemplateAsync(DatabaseShape.Fresh)),
        [DatabaseShape.Adopted] = new(() => TemplateAsync(DatabaseShape.Adopted)),
    };

    /// <summary>A new migrated database of this shape, the test's own.</summary>
    public static async Task<string> CreateAsync(DatabaseShape shape) =>
        await TestPostgres.CreateDatabaseAsync(template: await Templates[shape].Value);

    /// <summary>Builds the shape in a database of its own and migrates it; its name is the template's.</summary>
    static async Task<string> TemplateAsync(DatabaseShape shape)
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        if (shape == DatabaseShape.Adopted) await EarlierToolDatabase.CreateAsync(db, Phase44State.DeclaredBySchemaFile, orpFields: true);
        new Migrator(db, NullLogger.Instance).Migrate();
        return new Npgsql.NpgsqlConnectionStringBuilder(db).Database!;
    }
}
