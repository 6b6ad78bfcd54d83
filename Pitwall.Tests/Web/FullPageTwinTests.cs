using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Web;

/// <summary>
/// One URL, two renderings, for every GET a controller answers (found from the app's endpoints,
/// not listed by hand): where htmx gets a fragment, the same URL opened by the same browser gets the whole page
/// holding that fragment (or is sent to the page that holds it), and both answers vary on HX-Request.
/// </summary>
public abstract partial class FullPageTwinTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : FullPageTwinTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : FullPageTwinTests(DatabaseShape.Adopted);

    SeededApp _app = null!;
    public async Task InitializeAsync() => _app = await SeededApp.StartAsync(shape);
    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Not a view: the health check (JSON for the host).</summary>
    static readonly string[] NotHtmx = ["/healthz"];

    /// <summary>A live board's event stream never ends: it is no fragment and no page (the pit wall's tests read it).</summary>
    static bool IsEventStream(string route) => route.EndsWith("/stream", StringComparison.Ordinal);

    /// <summary>Routes that answer for what their query names: the same query the view's links send.</summary>
    static string Query(string route, Dictionary<string, int> ids) => route switch
    {
        "/compare/conditions" => $"?a=session-{ids["sessions"]}&b=car-{ids["cars"]}",
        "/pit-wall/messages" => $"?session={ids["sessions"]}",
        "/event-setup/sessions/new/here" => $"?car={ids["cars"]}&track=Thunder%20Alley",
        _ => "",
    };

    [Fact]
    public async Task EveryGetThatHtmxGetsAsAFragment_HasAFullPageTwin_AndVariesOnHxRequest()
    {
        var ids = await SeedAsync();
        var routes = _app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true
                        && e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Controllers.ControllerActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => !NotHtmx.Contains(p) && !IsEventStream(p)).Distinct().Order().ToList();
        Assert.True(routes.Count >= 30, $"only {routes.Count} GET routes found");

        var fragments = 0;
        foreach (var route in routes)
        {
            var path = Fill(route, ids) + Query(route, ids);
            var partial = await _app.Ana.HtmxGetAsync(path);
            var partialHtml = await partial.Content.ReadAsStringAsync();
            if (partial.StatusCode == HttpStatusCode.Redirect) continue; // a link to another view ("Compare with my car"), itself a route here
            Assert.True(partial.StatusCode == HttpStatusCode.OK, $"{path} answered htmx {(int)partial.StatusCode}");
            if (partialHtml.Contains("<html", StringComparison.Ordinal) || partial.Content.Headers.ContentType?.MediaType != "text/html")
                continue; // a page of its own (the printed sheet) or a download, for htmx as for a browser
            fragments++;
            var page = await _app.Ana.GetAsync(path);
            if (page.StatusCode == HttpStatusCode.Redirect) page = await _app.Ana.GetAsync(page.Headers.Location!.OriginalString);
            var pageHtml = await page.Content.ReadAsStringAsync();
            var root = RootId().Match(partialHtml).Groups[1].Value;

            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{path} opened as a page answered {(int)page.StatusCode}");
            Assert.True(pageHtml.Contains("<html", StringComparison.Ordinal), $"{path} opened as a page is no page");
            // A fragment with a root of its own is in its page; one without (swapped into a slot of a view) or a form
            // opened inside a view has that view as its page.
            Assert.True(root.Length == 0 || pageHtml.Contains($"id=\"{root}\"", StringComparison.Ordinal) || IsOpenerOfAPart(route),
                $"{path}: the page does not hold the fragment #{root}");
            Assert.True(partial.Headers.Vary.Contains("HX-Request"), $"{path} (htmx) does not vary on HX-Request");
            Assert.True(page.Headers.Vary.Contains("HX-Request") || page.RequestMessage!.RequestUri!.AbsolutePath != path,
                $"{path} (page) does not vary on HX-Request");
        }
        Assert.True(fragments >= 20, $"only {fragments} fragments");
    }

    /// <summary>A form opened inside a view (➕ Add Result, Save to library, Use…): its page is the view it opens in.</summary>
    static bool IsOpenerOfAPart(string route) =>
        route.EndsWith("/new", StringComparison.Ordinal) || route.EndsWith("/edit", StringComparison.Ordinal)
        || route.EndsWith("/save", StringComparison.Ordinal) || route.EndsWith("/use", StringComparison.Ordinal)
        || route.EndsWith("/pdf", StringComparison.Ordinal) || route.EndsWith("/import", StringComparison.Ordinal);

    async Task<Dictionary<string, int>> SeedAsync()
    {
        var (session, result, entry) = await _app.AnasRacedSessionAsync();
        var db = _app.App.ConnectionString;
        return new()
        {
            ["cars"] = _app.AnasCar, ["sessions"] = session, ["results"] = result, ["entries"] = entry,
            ["teams"] = await TestPostgres.ScalarAsync<int>(db, "SELECT team_id FROM pit_wall_default_team"),
            ["racers"] = await TestPostgres.ScalarAsync<int>(db, "SELECT id FROM racer_profiles WHERE name = 'Ana'"),
        };
    }

    /// <summary>A route with each {parameter} replaced by the id of what the segment before it names (cars/{id} → the car).</summary>
    static string Fill(string route, Dictionary<string, int> ids) =>
        Parameter().Replace(route, m => ids.TryGetValue(m.Groups[1].Value, out var id) ? $"{m.Groups[1].Value}/{id}"
            : throw new InvalidOperationException($"No id for {m.Value} in {route}"));

    [GeneratedRegex(@"([a-z-]+)/\{[^}]+\}")]
    private static partial Regex Parameter();

    [GeneratedRegex("^\\s*<[a-z]+[^>]* id=\"([^\"]+)\"")]
    private static partial Regex RootId();
}
