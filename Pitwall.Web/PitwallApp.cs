using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Pitwall.Sql.Database;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Npgsql;
using Pitwall.Sql.EventSetup;
using Pitwall.Sql.Fleet;
using Pitwall.Sql.Profiles;
using Pitwall.Web.Features.Access;
using Pitwall.Web.Features.Home;
using Pitwall.Web.Features.PitWall;
using Pitwall.Sql.Browsers;
using Pitwall.Web.Commands;
using Pitwall.Web.Infrastructure;
using Serilog;

namespace Pitwall.Web;

/// <summary>The composition root: services, middleware and endpoints of the web app.</summary>
public static class PitwallApp
{
    public const int DefaultPort = 5080;

    public static async Task<int> ServeAsync(string[] args, IConfiguration config, Microsoft.Extensions.Logging.ILogger logger)
    {
        // Before the database is touched: an open deployment must not come up at all.
        AccessKey.EnsureNotOpen(config, ListenUrls(config));
        var connectionString = await DatabaseLocation.ResolveAsync(config, logger);
        if (!DatabaseCommands.RunMigrations(connectionString, logger)) return 1;
        await using var app = Build(args, connectionString);
        await KeyRing.EnsureKeyAsync(app.Services);
        await app.RunAsync();
        return 0;
    }

    /// <param name="configure">Lets tests adjust the builder (port 0, content root) before it is built.</param>
    public static WebApplication Build(string[] args, string connectionString, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // The app's own assembly, also when a test process hosts it: MVC finds controllers and views there.
            ApplicationName = typeof(PitwallApp).Assembly.GetName().Name,
        });
        builder.Host.UseSerilog();
        // A build (make run, the in-process tests) serves wwwroot and the build's compressed copies
        // from where the build left them; a published app has no such manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();

        var urls = ListenUrls(builder.Configuration);
        builder.WebHost.UseUrls(urls);
        var access = AccessKey.From(builder.Configuration);
        AccessKey.EnsureNotOpen(builder.Configuration, urls);
        var limits = Limits.From(builder.Configuration);
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(ForRequests(connectionString)));
        builder.Services.AddSingleton<Db>();
        builder.Services.AddHostedService<DatabaseWatchdog>();
        builder.Services.AddSingleton(limits);
        builder.Services.AddHostedService<BrowserPurge>();
        builder.Services.AddPitwallRateLimits(limits);
        AccessKey.AddTo(builder.Services, access);
        builder.Services.AddSingleton<ProfileStore>();
        builder.Services.AddSingleton<BrowserStore>();
        builder.Services.AddSingleton<CarStore>();
        builder.Services.AddSingleton<EventSessionStore>();
        builder.Services.AddSingleton<Pitwall.Sql.Results.ResultStore>();
        builder.Services.AddSingleton<Pitwall.Sql.Results.Timing.TimingStore>();
        builder.Services.AddSingleton<Pitwall.Sql.Changes.ChangeStore>();
        builder.Services.AddSingleton<Pitwall.Sql.Compare.CompareStore>();
        builder.Services.AddSingleton<Pitwall.Sql.Baselines.BaselineStore>();
        builder.Services.AddSingleton<Pitwall.Sql.Print.PrintStore>();
        builder.Services.AddSingleton<Pitwall.Sql.Library.LibraryStore>();
        builder.Services.AddSingleton<Pitwall.Sql.Exchange.ExchangeStore>();
        builder.Services.AddSingleton<Pitwall.Sql.Conditions.ConditionsStore>();
        builder.Services.AddSingleton<Pitwall.Sql.RunNotes.RunNoteStore>();
        builder.Services.AddSingleton<Pitwall.Sql.Wear.WearStore>();
        builder.Services.AddSingleton<Pitwall.Sql.LastTimeHere.LastTimeHereStore>();
        builder.Services.AddPitWall(builder.Configuration, connectionString);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<BrowserCookie>();
        builder.Services.AddScoped<RacerClock>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddPitwallCompression();

        // Keys in PostgreSQL: tokens and cookies survive restarts and work on every instance.
        builder.Services.AddDataProtection().SetApplicationName("Pitwall");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new PostgresKeyRing(sp.GetRequiredService<NpgsqlDataSource>())));
        builder.Services.AddAntiforgery(o => o.HeaderName = "RequestVerificationToken");
        builder.Services.AddOptions<AntiforgeryOptions>().Configure<IHttpContextAccessor>((o, accessor) =>
            o.Cookie = SchemeCookie.Create("pitwall_antiforgery", accessor, SameSiteMode.Lax));

        // Razor still escapes markup characters; this only stops it turning ⭐ and accents into entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        builder.Services
            .AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add(new ModelBindingGuard());
                o.Filters.Add(new AntiforgeryFailure());
            })
            .AddRazorOptions(o =>
            {
                // One folder per feature: Features/<Controller>/<View>.cshtml, shared pieces in Features/Shared.
                o.ViewLocationFormats.Clear();
                o.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
                o.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
            });

        configure?.Invoke(builder);

        var app = builder.Build();
        if (string.Equals(app.Configuration["PITWALL_FORWARDED_HEADERS"], "true", StringComparison.OrdinalIgnoreCase))
        {
            // Behind the host's proxy (Railway and the like): trust its scheme and client address.
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);
        }
        app.UseSecurityHeaders();
        app.UseSerilogRequestLogging(o =>
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms");
        app.UseErrorPages();
        // Inside the error pages: an exception half-way through a compressed answer leaves them a plain body to write.
        app.UseResponseCompression();
        app.UseRouting();
        app.UseSameOriginWrites();
        if (access.Required) app.UseAuthentication();
        app.UseRateLimiter();
        if (access.Required) app.UseAuthorization();
        app.UseFormGuard();
        app.UseMiddleware<BrowserSeen>();
        // css and htmx from the build's manifest: fingerprinted URLs cached for a year, gzip and
        // Brotli made at publish. Open to signed-out browsers, as the sign-in page needs its css.
        app.MapStaticAssets().AllowAnonymous();
        app.MapControllers().WithStaticAssets();
        return app;
    }

    /// <summary>
    /// Where to listen: --urls or ASPNETCORE_URLS when given, else PITWALL_HOST and PORT. A blank
    /// value counts as not given (some hosts set ASPNETCORE_URLS to an empty string).
    /// </summary>
    static string[] ListenUrls(IConfiguration config) =>
        (new[] { config["urls"], config["ASPNETCORE_URLS"] }.FirstOrDefault(u => !string.IsNullOrWhiteSpace(u)) ?? DefaultUrl(config))
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    static string DefaultUrl(IConfiguration config)
    {
        var host = config["PITWALL_HOST"] is { Length: > 0 } h ? h : "127.0.0.1";
        var port = int.TryParse(config["PORT"], out var p) ? p : DefaultPort;
        return $"http://{host}:{port}";
    }

    /// <summary>
    /// Connections for requests, where DATABASE_URL does not say otherwise: fail fast (2 s to
    /// connect) while the database is away; prepare the SQL files' statements once per
    /// connection (they are few and run constantly); skip the reset of session state when a
    /// connection goes back to the pool (Pitwall keeps none: its locks are transaction locks),
    /// which would otherwise cost a DISCARD ALL per request.
    /// </summary>
    static string ForRequests(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Timeout")) b.Timeout = 2;
        if (!given.ContainsKey("Max Auto Prepare")) b.MaxAutoPrepare = 32;
        if (!given.ContainsKey("No Reset On Close")) b.NoResetOnClose = true;
        return b.ConnectionString;
    }
}
