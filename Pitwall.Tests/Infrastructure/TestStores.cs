using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Pitwall.Sql.EventSetup;
using Pitwall.Sql.Fleet;
using Pitwall.Sql.Migrations;
using Pitwall.Sql.Profiles;
using Pitwall.Sql.Sessions;

namespace Pitwall.Tests.Infrastructure;

/// <summary>Every store on a migrated database of the test's own, with helpers to make racers and browsers.</summary>
public sealed class TestStores
{
    TestStores(string db)
    {
        ConnectionString = db;
        var source = new Pitwall.Sql.Database.Db(NpgsqlDataSource.Create(db));
        Profiles = new ProfileStore(source);
        Sessions = new BrowserSessionStore(source);
        Vehicles = new VehicleStore(source);
        Events = new EventSessionStore(source);
    }

    public string ConnectionString { get; }
    public ProfileStore Profiles { get; }
    public BrowserSessionStore Sessions { get; }
    public VehicleStore Vehicles { get; }
    public EventSessionStore Events { get; }

    public static async Task<TestStores> CreateAsync(string? db = null)
    {
        db ??= await TestPostgres.CreateDatabaseAsync();
        new Migrator(db, NullLogger.Instance).Migrate();
        return new TestStores(db);
    }

    /// <summary>A racer and a browser session switched to them.</summary>
    public async Task<(int Racer, Guid Browser)> RacerAsync(string name)
    {
        var racer = await Profiles.CreateAsync(name, null) ?? throw new InvalidOperationException($"{name} exists");
        var browser = Guid.NewGuid();
        await Sessions.SwitchAsync(browser, racer);
        return (racer, browser);
    }

    public async Task<int> CarAsync(Guid browser, string brand, string model, string? nickname = null) =>
        (await Vehicles.CreateAsync(browser, new VehicleFields(brand, model, nickname, null))).Id
        ?? throw new InvalidOperationException("car not created");
}
