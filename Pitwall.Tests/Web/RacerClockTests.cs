using System.Net;
using System.Text.RegularExpressions;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Web;

/// <summary>
/// "Today" is the racer's day: the browser's time zone (the pitwall_tz cookie zone.js sets), else
/// PITWALL_TIME_ZONE, never the server's. Kiritimati (UTC+14) and Pago Pago (UTC−11) are 25 hours
/// apart, so their dates always differ, and at least one of them differs from the server's.
/// </summary>
public abstract partial class RacerClockTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : RacerClockTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : RacerClockTests(DatabaseShape.Adopted);

    TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(shape, "PITWALL_TIME_ZONE=Pacific/Pago_Pago");
    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Today in a zone, taken before and after the request: the answer must be one of them (a request may cross midnight).</summary>
    static string[] TodayIn(string zone, DateTimeOffset before, DateTimeOffset after) =>
        [.. new[] { before, after }.Select(t => TimeZoneInfo.ConvertTime(t, TimeZoneInfo.FindSystemTimeZoneById(zone)).ToString("yyyy-MM-dd")).Distinct()];

    async Task<(string Date, DateTimeOffset Before, DateTimeOffset After)> NewSessionDateAsync(string? zoneCookie)
    {
        using var browser = new TestBrowser(_app.Address);
        await browser.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Tia" + Guid.NewGuid().ToString("N")[..6] });
        await browser.HtmxPostAsync("/shop-master/cars", new Dictionary<string, string> { ["Brand"] = "Mugen", ["Model"] = "MBX8R" });
        if (zoneCookie is not null) browser.Cookies.Add(_app.Address, new Cookie("pitwall_tz", Uri.EscapeDataString(zoneCookie)));
        var before = DateTimeOffset.UtcNow;
        var html = await (await browser.HtmxGetAsync("/event-setup/sessions/new")).Content.ReadAsStringAsync();
        var after = DateTimeOffset.UtcNow;
        return (DateField().Match(html).Groups[1].Value, before, after);
    }

    [Fact]
    public async Task ANewSession_IsDatedInTheBrowsersZone()
    {
        var (date, before, after) = await NewSessionDateAsync("Pacific/Kiritimati");

        Assert.Contains(date, TodayIn("Pacific/Kiritimati", before, after));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../etc/passwd")]
    public async Task WithoutAZoneTheMachineKnows_ANewSession_IsDatedInTheConfiguredZone(string? zoneCookie)
    {
        var (date, before, after) = await NewSessionDateAsync(zoneCookie);

        Assert.Contains(date, TodayIn("Pacific/Pago_Pago", before, after));
    }

    [Fact]
    public async Task ALibraryEntry_IsDatedInTheRacersDay()
    {
        using var browser = new TestBrowser(_app.Address);
        await browser.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Kiri" });
        await browser.HtmxPostAsync("/shop-master/cars", new Dictionary<string, string> { ["Brand"] = "Tekno", ["Model"] = "EB48" });
        var car = await TestPostgres.ScalarAsync<int>(_app.ConnectionString, "SELECT max(id) FROM vehicles");
        browser.Cookies.Add(_app.Address, new Cookie("pitwall_tz", Uri.EscapeDataString("Pacific/Kiritimati")));

        var before = DateTimeOffset.UtcNow;
        var saved = await browser.HtmxPostAsync("/library/save", new Dictionary<string, string>
        {
            ["Car"] = $"{car}", ["Source"] = "Factory base", ["TrackName"] = "Thunder Alley",
        });
        var after = DateTimeOffset.UtcNow;

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains(await TestPostgres.ScalarAsync<string>(_app.ConnectionString, "SELECT date_created::text FROM master_library ORDER BY id DESC LIMIT 1"),
            TodayIn("Pacific/Kiritimati", before, after));
    }

    [GeneratedRegex("name=\"Date\" type=\"date\" value=\"([0-9-]+)\"")]
    private static partial Regex DateField();
}
