using Npgsql;
using Pitwall.Sql.Fleet;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Fleet;

/// <summary>CarRules, the forms' and the car file's twin of the database's car rules, says yes and no exactly where the database does.</summary>
public sealed class CarRulesTests
{
    static readonly string[] Transponders =
        ["1234567", "A-1", "a", "-", new string('9', 20), new string('9', 21), "a b", "é1", "12_3", "x!", "12345678901234567890x"];

    static async Task<bool> DatabaseTakesAsync(string db, string column, string value)
    {
        try
        {
            await TestPostgres.ExecuteAsync(db, $"""
                BEGIN;
                INSERT INTO vehicles (profile_id, brand, model, {column}) SELECT id, 'Probe', 'Car', {Literal(value)} FROM racer_profiles LIMIT 1;
                ROLLBACK;
                """);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CheckViolation)
        {
            return false;
        }
    }

    static string Literal(string s) => "'" + s.Replace("'", "''") + "'";

    [Fact]
    public async Task TheTransponderRule_AndTheLengthOfBrandModelAndNickname_AreTheDatabases()
    {
        var stores = await TestStores.CreateAsync();
        await stores.RacerAsync("Ana");

        foreach (var transponder in Transponders)
            Assert.True(CarRules.IsTransponder(transponder) == await DatabaseTakesAsync(stores.ConnectionString, "transponder", transponder),
                $"CarRules and the database disagree on the transponder \"{transponder}\"");
        // The earlier tool's blank: "none" to the database (V16); Pitwall's form stores a blank as NULL.
        Assert.True(await DatabaseTakesAsync(stores.ConnectionString, "transponder", ""));
        foreach (var column in new[] { "brand", "model", "nickname" })
        {
            Assert.True(await TakesAsync(stores.ConnectionString, column, new string('n', CarRules.FieldMax)), $"{column} of {CarRules.FieldMax}");
            Assert.False(await TakesAsync(stores.ConnectionString, column, new string('n', CarRules.FieldMax + 1)), $"{column} of {CarRules.FieldMax + 1}");
        }
    }

    /// <summary>A car whose <paramref name="column"/> (brand, model or nickname) is <paramref name="value"/>, the others plain.</summary>
    static async Task<bool> TakesAsync(string db, string column, string value)
    {
        string Of(string c, string plain) => Literal(c == column ? value : plain);
        try
        {
            await TestPostgres.ExecuteAsync(db, $"""
                BEGIN;
                INSERT INTO vehicles (profile_id, brand, model, nickname)
                SELECT id, {Of("brand", "Probe")}, {Of("model", "Car")}, {Of("nickname", "n")} FROM racer_profiles LIMIT 1;
                ROLLBACK;
                """);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CheckViolation)
        {
            return false;
        }
    }
}
