using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Pitwall.Sql.EventSetup;
using Pitwall.Sql.Fleet;
using Pitwall.Sql.Migrations;
using Pitwall.Sql.Profiles;
using Pitwall.Sql.Browsers;

namespace Pitwall.Tests.Infrastructure;

/// <summary>Every store on a migrated database of the test's own, with helpers to make racers and browsers.</summary>
public sealed class TestStores
{
    TestStores(string db)
    {
        ConnectionString = db;
        var source = new Pitwall.Sql.Database.Db(NpgsqlDataSource.Create(db));
        Profiles = new ProfileStore(source);
        Browsers = new BrowserStore(source);
        Cars = new CarStore(source);
        Events = new EventSessionStore(source);
        Changes = new Pitwall.Sql.Changes.ChangeStore(source);
        Compare = new Pitwall.Sql.Compare.CompareStore(source);
        Baselines = new Pitwall.Sql.Baselines.BaselineStore(source);
    }

    public string ConnectionString { get; }
    public ProfileStore Profiles { get; }
    public BrowserStore Browsers { get; }
    public CarStore Cars { get; }
    public EventSessionStore Events { get; }
    public Pitwall.Sql.Changes.ChangeStore Changes { get; }
    public Pitwall.Sql.Compare.CompareStore Compare { get; }
    public Pitwall.Sql.Baselines.BaselineStore Baselines { get; }

    public static async Task<TestStores> CreateAsync(string? db = null)
    {
        db ??= await TestPostgres.CreateDatabaseAsync();
        new Migrator(db, NullLogger.Instance).Migrate();
        return new TestStores(db);
    }

    /// <summary>A browser's key as the stores know it: the SHA-256 hash of its cookie's id (32 bytes).</summary>
    public static byte[] NewBrowser() => System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    /// <summary>A racer and a browser session switched to them (minted, as the server mints it).</summary>
    public async Task<(int Racer, byte[] Browser)> RacerAsync(string name)
    {
        var (outcome, racer) = await Profiles.CreateAsync(name, null);
        if (outcome != ProfileWriteOutcome.Saved) throw new InvalidOperationException($"{name} exists");
        var browser = NewBrowser();
        await Browsers.SwitchAsync(null, browser, racer);
        return (racer, browser);
    }

    public async Task<int> CarAsync(byte[] browser, string brand, string model, string? nickname = null) =>
        (await Cars.CreateAsync(browser, new CarFields(brand, model, nickname, null))).Id
        ?? throw new InvalidOperationException("car not created");
}
