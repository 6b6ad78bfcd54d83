using System.Net;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Security;

/// <summary>Issue 10, item 6: invalid UTF-8 and invisible names are refused beside the field; names are stored in NFC.</summary>
public abstract class TextInputTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : TextInputTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : TextInputTests(DatabaseShape.Adopted);

    TestApp _app = null!;
    TestBrowser _browser = null!;
    string _racers = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(shape);
        _browser = new TestBrowser(_app.Address);
        _racers = await Racers();
    }

    Task<string> Racers() => TestPostgres.ScalarAsync<string>(_app.ConnectionString,
        "SELECT coalesce(string_agg(row(r.*)::text, E'\\n' ORDER BY id), '') FROM racer_profiles r");

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData("\u200B\u200C\u200D")]
    [InlineData("\u2060\uFEFF")]
    [InlineData("\u3164")]
    public async Task AName_WithNoVisibleCharacter_Is422_WithTheMessageBesideTheField(string name)
    {
        var response = await _browser.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = name });

        await AssertRefusedBesideTheNameAsync(response, "visible character");
    }

    [Fact]
    public async Task InvalidUtf8_Is422_AndNothingIsStored()
    {
        // Raw bytes, as a hostile client sends them: 0xFF and 0xFE never occur in UTF-8.
        var body = new ByteArrayContent([.. "Name=Ana"u8, 0xFF, 0xFE, .. "&Email="u8]);
        body.Headers.ContentType = new("application/x-www-form-urlencoded");

        var response = await _browser.HtmxPostAsync("/profiles", body);

        await AssertRefusedBesideTheNameAsync(response, "not valid UTF-8");
    }

    async Task AssertRefusedBesideTheNameAsync(HttpResponseMessage response, string message)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Matches($"<p id=\"new-racer-name-error\" class=\"error\" role=\"alert\">[^<]*{message}", html);
        Assert.Equal(_racers, await Racers());
    }

    [Fact]
    public async Task Names_AreStoredInNfc_SoTheTwoSpellingsOfOneNameAreOneName()
    {
        var decomposed = await _browser.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Rene\u0301" });
        var composed = await _browser.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Ren\u00E9" });

        Assert.Equal(HttpStatusCode.OK, decomposed.StatusCode);
        Assert.Equal("Ren\u00E9", await TestPostgres.ScalarAsync<string>(_app.ConnectionString, "SELECT name FROM racer_profiles WHERE name LIKE 'Ren%'"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, composed.StatusCode);
        Assert.Contains("already exists", await composed.Content.ReadAsStringAsync());
    }
}
