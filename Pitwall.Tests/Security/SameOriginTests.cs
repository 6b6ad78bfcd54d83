using System.Net;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Security;

/// <summary>Issue 10, item 5: a write whose Origin or Sec-Fetch-Site says another site is refused, even with a valid token.</summary>
public abstract class SameOriginTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : SameOriginTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : SameOriginTests(DatabaseShape.Adopted);

    SeededApp _app = null!;
    int _draft;

    public async Task InitializeAsync()
    {
        _app = await SeededApp.StartAsync(shape);
        _draft = await _app.AnasDraftAsync(new Dictionary<string, string>(Draft("")) { ["CarId"] = _app.AnasCar.ToString() });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    static Dictionary<string, string> Draft(string shockOil) => new()
    {
        ["SessionName"] = "Saturday practice", ["Type"] = "Practice", ["Date"] = "2026-11-28", ["setup[SO_F]"] = shockOil,
    };

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task ACrossSiteWrite_WithAValidToken_Is403_AndChangesNothing(string header, string value)
    {
        var before = await _app.Snapshot();

        var autosave = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_draft}/draft", Draft("700"), true, (header, value));

        Assert.Equal(HttpStatusCode.Forbidden, autosave.StatusCode);
        Assert.Equal(before, await _app.Snapshot());
    }

    [Fact]
    public async Task ASameOriginWrite_IsServed()
    {
        var origin = _app.App.Address.GetLeftPart(UriPartial.Authority);

        var autosave = await _app.Ana.HtmxPostAsync($"/event-setup/sessions/{_draft}/draft", Draft("700"), true,
            ("Origin", origin), ("Sec-Fetch-Site", "same-origin"));

        Assert.Equal(HttpStatusCode.OK, autosave.StatusCode);
    }
}
