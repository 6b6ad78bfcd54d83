using System.Net;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Web;

/// <summary>
/// Each panel is one read: one statement to the database per fragment (two for a whole page:
/// the sidebar and the panel), as the README says, counted by pg_stat_statements for the test's
/// own database, as make bench counts them.
/// </summary>
public abstract class StatementsPerReadTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : StatementsPerReadTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : StatementsPerReadTests(DatabaseShape.Adopted);

    SeededApp _app = null!;
    public async Task InitializeAsync() => _app = await SeededApp.StartAsync(shape);
    public async Task DisposeAsync() => await _app.DisposeAsync();

    Task Reset() => TestPostgres.ExecuteAsync(_app.App.ConnectionString,
        "SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = current_database()), 0)");

    /// <summary>
    /// The app's statements since the reset: every one is a SQL file, each opening with its header
    /// comment; the test's own (this count, and Npgsql's type loading on its one-shot connections) are not.
    /// </summary>
    Task<long> Statements() => TestPostgres.ScalarAsync<long>(_app.App.ConnectionString, """
        SELECT coalesce(sum(calls), 0)::bigint FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query LIKE '--%'
        """);

    [Fact]
    public async Task EachFragmentIsOneStatement_AndAWholePageTwo()
    {
        await TestPostgres.ExecuteAsync(_app.App.ConnectionString, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        var (session, result, entry) = await _app.AnasRacedSessionAsync();
        var car = _app.AnasCar;
        var fragments = new[]
        {
            "/shop-master/fleet", "/event-setup/panel", $"/event-setup/sessions/{session}/results", $"/shop-master/cars/{car}/changes",
            $"/compare?a=session-{session}&b=car-{car}", $"/event-setup/sessions/{session}/compare", $"/shop-master/cars/{car}/baselines",
            $"/shop-master/cars/{car}/performance", "/library", "/library?q=thunder", $"/library/entries/{entry}",
            $"/event-setup/sessions/{session}/closeout", $"/print/sessions/{session}", $"/results/{result}/edit",
        };
        await _app.Ana.HtmxGetAsync("/shop-master/fleet"); // the browser's first request of the hour also marks it seen (BrowserSeen)

        var counted = new List<string>();
        foreach (var path in fragments)
        {
            await Reset();
            var response = await _app.Ana.HtmxGetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            counted.Add($"{path}: {await Statements()}");
        }
        await Reset();
        await _app.Ana.GetAsync("/shop-master");
        var page = await Statements();

        Assert.All(counted, c => Assert.EndsWith(": 1", c));
        Assert.Equal(2, page);
    }
}
