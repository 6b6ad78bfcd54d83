using System.Net;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Profiles;

/// <summary>The sidebar fragments over real HTTP: validation, escaping, antiforgery, cookies, sessions.</summary>
public abstract class ProfileEndpointTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : ProfileEndpointTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : ProfileEndpointTests(DatabaseShape.Adopted);

    TestApp _app = null!;
    long _racersBefore;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(shape);
        _racersBefore = await RacerCount();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    Task<long> RacerCount() => TestPostgres.ScalarAsync<long>(_app.ConnectionString, "SELECT count(*) FROM racer_profiles");

    Task<int> IdOf(string racer) => TestPostgres.ScalarAsync<int>(_app.ConnectionString, $"SELECT id FROM racer_profiles WHERE name = '{racer}'");

    /// <summary>The default racer's dropdown option: Ana (the first racer) on a fresh database, the earlier tool's 'Default Racer' on an adopted one.</summary>
    async Task<string> DefaultOptionAsync(bool selected) =>
        $"<option value=\"{await TestPostgres.ScalarAsync<int>(_app.ConnectionString, "SELECT id FROM racer_profiles WHERE is_default")}\"{(selected ? " selected=\"selected\"" : "")}>⭐ "
        + await TestPostgres.ScalarAsync<string>(_app.ConnectionString, "SELECT name FROM racer_profiles WHERE is_default") + "</option>";

    static Dictionary<string, string> NewRacer(string name, string email = "") => new() { ["Name"] = name, ["Email"] = email };

    async Task<TestBrowser> BrowserWithRacersAsync(params string[] names)
    {
        var browser = new TestBrowser(_app.Address);
        foreach (var name in names)
            Assert.Equal(HttpStatusCode.OK, (await browser.HtmxPostAsync("/profiles", NewRacer(name))).StatusCode);
        return browser;
    }

    [Fact]
    public async Task AFirstVisit_WelcomesWithTheNewRacerForm_OnAnEmptyDatabase_ElseLandsOnTheDefaultRacer()
    {
        using var browser = new TestBrowser(_app.Address);

        var page = await browser.OpenAsync();

        if (shape == DatabaseShape.Fresh)
        {
            Assert.Contains("Welcome to Pitwall", page);
            Assert.Contains("id=\"new-racer-form\"", page);
        }
        else
        {
            Assert.DoesNotContain("Welcome to Pitwall", page);
            Assert.Contains(await DefaultOptionAsync(selected: true), page);
        }
    }

    [Fact]
    public async Task CreateRacer_SwitchesToIt_RaisesRacerChanged_AndTheDropdownShowsIt()
    {
        using var browser = await BrowserWithRacersAsync("Ana");

        var response = await browser.HtmxPostAsync("/profiles", NewRacer("  Bruno  ", "bruno@example.com"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("racer-changed", response.Headers.GetValues("HX-Trigger").Single());
        Assert.False(response.Headers.Contains("HX-Retarget"));
        Assert.StartsWith("<div id=\"sidebar-panel\"", html.TrimStart());
        Assert.Contains($"<option value=\"{await IdOf("Ana")}\">{(shape == DatabaseShape.Fresh ? "⭐ " : "")}Ana</option>", html);
        Assert.Contains($"<option value=\"{await IdOf("Bruno")}\" selected=\"selected\">Bruno</option>", html);
        Assert.Contains("Bruno", await browser.OpenAsync());
    }

    [Theory]
    [InlineData("", "", "Name", "Enter the racer")]
    [InlineData("    ", "", "Name", "Enter the racer")]
    [InlineData("x", "not-an-email", "Email", "Enter an email address")]
    [InlineData("x", "a@b", "Email", "Enter an email address")]
    public async Task CreateRacer_WithBadInput_Answers422_WithTheMessageBesideTheField_AndSavesNothing(string name, string email, string field, string message)
    {
        using var browser = await BrowserWithRacersAsync("Ana");

        var response = await browser.HtmxPostAsync("/profiles", NewRacer(name, email));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"id=\"new-racer-{field.ToLowerInvariant()}-error\"", html);
        Assert.Contains(message, html);
        if (email.Length > 0) Assert.Contains($"value=\"{WebUtility.HtmlEncode(email)}\"", html);
        Assert.Equal(_racersBefore + 1, await RacerCount());
    }

    [Fact]
    public async Task CreateRacer_WithATooLongName_Or_AnExistingName_Answers422_KeepingWhatWasTyped()
    {
        using var browser = await BrowserWithRacersAsync("Ana");

        var tooLong = await browser.HtmxPostAsync("/profiles", NewRacer(new string('n', 81), "n@example.com"));
        var tooLongEmail = await browser.HtmxPostAsync("/profiles", NewRacer("Zed", new string('e', 250) + "@x.io"));
        var duplicate = await browser.HtmxPostAsync("/profiles", NewRacer("ANA", "ana2@example.com"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("at most 80 characters", await tooLong.Content.ReadAsStringAsync());
        Assert.Contains("value=\"n@example.com\"", await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLongEmail.StatusCode);
        Assert.Contains("at most 254 characters", await tooLongEmail.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        var html = await duplicate.Content.ReadAsStringAsync();
        Assert.Contains("already exists", html);
        Assert.Contains("value=\"ANA\"", html);
        Assert.Equal(_racersBefore + 1, await RacerCount());
    }

    [Fact]
    public async Task MarkupInAName_IsStoredAsText_AndShownEscaped()
    {
        using var browser = await BrowserWithRacersAsync("<script>alert(1)</script>");

        var page = await browser.OpenAsync();

        Assert.Equal("<script>alert(1)</script>", await TestPostgres.ScalarAsync<string>(_app.ConnectionString, "SELECT name FROM racer_profiles WHERE name LIKE '<%'"));
        Assert.DoesNotContain("<script>alert(1)</script>", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
    }

    [Fact]
    public async Task UnsafeRequests_WithoutTheAntiforgeryToken_Answer400_AndChangeNothing()
    {
        using var browser = await BrowserWithRacersAsync("Ana");

        var create = await browser.HtmxPostAsync("/profiles", NewRacer("Mallory"), withToken: false);
        var switched = await browser.HtmxPostAsync("/profiles/switch", new Dictionary<string, string> { ["racerId"] = "1" }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, switched.StatusCode);
        Assert.Equal("#toast", create.Headers.GetValues("HX-Retarget").Single());
        Assert.Contains("reload it", await create.Content.ReadAsStringAsync());
        Assert.Equal(_racersBefore + 1, await RacerCount());
    }

    [Fact]
    public async Task SessionCookie_IsHttpOnlyAndLax_With128RandomBits()
    {
        using var browser = new TestBrowser(_app.Address);

        var response = await browser.HtmxPostAsync("/profiles", NewRacer("Ana"));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pitwall_session="));

        Assert.Matches("^pitwall_session=[0-9a-f]{32};", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("not-a-session")]
    [InlineData("'; DROP TABLE racer_profiles; --")]
    public async Task UnknownOrMalformedSessionIds_FallBackToTheDefaultRacer(string cookie)
    {
        using (await BrowserWithRacersAsync("Ana", "Bruno")) { }
        using var stranger = new TestBrowser(_app.Address);
        stranger.Cookies.Add(_app.Address, new Cookie("pitwall_session", Uri.EscapeDataString(cookie)));

        var page = await stranger.OpenAsync();

        Assert.Contains(await DefaultOptionAsync(selected: true), page);
        Assert.Equal(_racersBefore + 2, await RacerCount());
    }

    [Fact]
    public async Task Switch_ToAnUnknownRacer_Answers404()
    {
        using var browser = await BrowserWithRacersAsync("Ana");

        var response = await browser.HtmxPostAsync("/profiles/switch", new Dictionary<string, string> { ["racerId"] = "999999" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EditProfile_SetAsDefault_MakesItTheOnlyDefault_AndUncheckingTheDefaultIsRefused()
    {
        using var browser = await BrowserWithRacersAsync("Ana", "Bruno");
        var form = new Dictionary<string, string>
        {
            ["Name"] = "Bruno", ["Email"] = "", ["Facebook"] = "bruno.rc", ["Instagram"] = "", ["Sponsors"] = "JQ\nHudy",
            ["IsDefault"] = "true", ["WasDefault"] = "false",
        };

        var bruno = await IdOf("Bruno");
        var saved = await browser.HtmxPostAsync($"/profiles/{bruno}", form);
        form.Remove("IsDefault");
        form["WasDefault"] = "true";
        var refused = await browser.HtmxPostAsync($"/profiles/{bruno}", form);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("check &quot;Set as Default Profile&quot; there", await refused.Content.ReadAsStringAsync());
        Assert.Equal("Bruno", await TestPostgres.ScalarAsync<string>(_app.ConnectionString, "SELECT string_agg(name, ',') FROM racer_profiles WHERE is_default"));
    }

    [Fact]
    public async Task EditProfile_OfAnUnknownRacer_Answers404()
    {
        using var browser = await BrowserWithRacersAsync("Ana");

        var response = await browser.HtmxPostAsync("/profiles/999999", new Dictionary<string, string> { ["Name"] = "Ghost" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DeletingTheDefaultRacer_RemovesIt_AndTheOldestRemainingBecomesDefault()
    {
        using var browser = await BrowserWithRacersAsync("Ana", "Bruno", "Dora");
        var deleted = await TestPostgres.ScalarAsync<int>(_app.ConnectionString, "SELECT id FROM racer_profiles WHERE is_default");
        // Fresh: Ana goes and Bruno, made next, follows; adopted: the first 'Default Racer' goes and Sam Rivers (2023) is the oldest.
        var oldest = shape == DatabaseShape.Fresh ? "Bruno" : "Sam Rivers";

        var response = await browser.HtmxPostAsync($"/profiles/{deleted}/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"⭐ {oldest}", await response.Content.ReadAsStringAsync());
        Assert.Equal(oldest, await TestPostgres.ScalarAsync<string>(_app.ConnectionString, "SELECT string_agg(name, ',') FROM racer_profiles WHERE is_default"));
        Assert.Equal(_racersBefore + 2, await RacerCount());
    }
}
