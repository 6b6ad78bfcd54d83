using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Pitwall.Bench;

/// <summary>
/// The floor: what this stack does for a fragment with none of Pitwall's code. A bare Kestrel
/// endpoint (no MVC, no Razor, no middleware) reads the browser's cookie, runs the fragment's SQL
/// files with the same parameters on a pool set up as the app's (PitwallApp.ForRequests), reads
/// every row and writes a body of the app's size. App ÷ floor is what Pitwall's own code costs.
/// </summary>
public sealed class Floor : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly NpgsqlDataSource _source;

    Floor(WebApplication app, NpgsqlDataSource source, int port)
    {
        _app = app;
        _source = source;
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    public string BaseUrl { get; }

    /// <summary>The URL of a fragment's floor (same query string: wrk sends it, the handler ignores it).</summary>
    public string Url(Fragment f) => $"{BaseUrl}/floor/{f.Slug}";

    public static async Task<Floor> StartAsync(string connectionString, IReadOnlyDictionary<Fragment, long> bodyBytes)
    {
        var source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
        {
            Timeout = 2, MaxAutoPrepare = 32, NoResetOnClose = true,
        }.ConnectionString);
        var port = AppUnderTest.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var bySlug = bodyBytes.ToDictionary(b => b.Key.Slug, b => (Fragment: b.Key, Body: Enumerable.Repeat((byte)'x', (int)b.Value).ToArray()));
        app.MapMethods("/floor/{slug}", ["GET", "POST"], async (HttpContext context, string slug) =>
        {
            var (fragment, body) = bySlug[slug];
            var browser = Guid.ParseExact(context.Request.Cookies["pitwall_session"]!, "N");
            await using (var connection = await source.OpenConnectionAsync(context.RequestAborted))
            {
                foreach (var file in fragment.SqlFiles)
                {
                    // A null goes untyped, as pgbench's NULL: every SQL file casts its parameters where they may be null.
                    var parameters = new DynamicParameters();
                    foreach (var (name, value) in fragment.Arguments(browser)) parameters.Add(name, value);
                    await connection.QueryAsync(fragment.Sql(file), parameters);
                }
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });
        await app.StartAsync();
        return new Floor(app, source, port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _source.DisposeAsync();
    }
}
