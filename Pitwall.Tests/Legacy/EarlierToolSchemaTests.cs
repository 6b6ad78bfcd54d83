using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Legacy;

/// <summary>
/// The tests' earlier-tool database is the earlier tool's real schema: its catalog equals
/// ../shared/legacy/schema-v2-*.tsv (columns with type, nullability and default; constraints;
/// indexes; triggers and the trigger function), and each variant differs from it only as its
/// users' databases do.
/// </summary>
public sealed class EarlierToolSchemaTests
{
    static async Task<string> BuiltAsync(Phase44State state, bool orpFields)
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        await EarlierToolDatabase.CreateAsync(db, state, orpFields);
        return db;
    }

    [Theory]
    [InlineData("columns")]
    [InlineData("constraints")]
    [InlineData("indexes")]
    [InlineData("triggers")]
    public async Task TheSchemaFilesDatabase_EqualsTheEarlierToolsCatalog(string file)
    {
        var db = await BuiltAsync(Phase44State.DeclaredBySchemaFile, orpFields: false);

        AssertSame(Catalog.EarlierTools(file), await Catalog.ReadAsync(db, file, EarlierToolDatabase.Tables));
    }

    [Fact]
    public async Task WithTheOrpFields_ItHasExactlyTheirFourColumnsMore_AfterTheOthers()
    {
        var db = await BuiltAsync(Phase44State.DeclaredBySchemaFile, orpFields: true);
        var expected = Catalog.EarlierTools("columns").Split('\n').ToList();
        expected.Insert(expected.FindLastIndex(l => l.StartsWith("racer_profiles\t", StringComparison.Ordinal)) + 1,
            "racer_profiles\texperience_level\tcharacter varying(50)\t\t'Intermediate'::character varying");
        expected.Insert(expected.FindLastIndex(l => l.StartsWith("racer_profiles\t", StringComparison.Ordinal)) + 1,
            "racer_profiles\tdriving_style\tcharacter varying(255)\t\t");
        expected.Insert(expected.FindLastIndex(l => l.StartsWith("sessions\t", StringComparison.Ordinal)) + 1,
            "sessions\tpractice_rounds\tinteger\t\t0");
        expected.Insert(expected.FindLastIndex(l => l.StartsWith("sessions\t", StringComparison.Ordinal)) + 1,
            "sessions\tqualifying_rounds\tinteger\t\t0");

        AssertSame(string.Join('\n', expected), await Catalog.ReadAsync(db, "columns", EarlierToolDatabase.Tables));
        foreach (var file in new[] { "constraints", "indexes", "triggers" })
            AssertSame(Catalog.EarlierTools(file), await Catalog.ReadAsync(db, file, EarlierToolDatabase.Tables));
    }

    [Theory]
    [InlineData(Phase44State.HalfApplied)]
    [InlineData(Phase44State.NotRun)]
    public async Task TheOlderSchemaFile_LacksOnlyTheFlagAndItsIndex_OrGotTheFlagLast(Phase44State state)
    {
        var db = await BuiltAsync(state, orpFields: false);
        const string flag = "racer_profiles\tis_default\tboolean\t\tfalse";
        var columns = Catalog.EarlierTools("columns").Split('\n').Where(l => l != flag).ToList();
        if (state == Phase44State.HalfApplied)
            columns.Insert(columns.FindLastIndex(l => l.StartsWith("racer_profiles\t", StringComparison.Ordinal)) + 1, flag);
        var indexes = Catalog.EarlierTools("indexes").Split('\n').Where(l => !l.Contains("idx_profiles_is_default"));

        AssertSame(string.Join('\n', columns), await Catalog.ReadAsync(db, "columns", EarlierToolDatabase.Tables));
        AssertSame(string.Join('\n', indexes), await Catalog.ReadAsync(db, "indexes", EarlierToolDatabase.Tables));
        AssertSame(Catalog.EarlierTools("constraints"), await Catalog.ReadAsync(db, "constraints", EarlierToolDatabase.Tables));
        AssertSame(Catalog.EarlierTools("triggers"), await Catalog.ReadAsync(db, "triggers", EarlierToolDatabase.Tables));
    }

    static void AssertSame(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var diff = a.Except(b).Select(l => "- " + l).Concat(b.Except(a).Select(l => "+ " + l)).ToList();
        Assert.True(expected == actual, diff.Count > 0 ? string.Join('\n', diff) : "same lines, another order:\n" + actual);
    }
}
