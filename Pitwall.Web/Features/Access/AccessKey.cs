using System.Net;
using System.Security.Cryptography;
using System.Text;
using Htmx;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Access;

/// <summary>
/// The team's access key (PITWALL_ACCESS_KEY). Without it the app is open, which it allows
/// only on loopback or when PITWALL_OPEN_ACCESS=true says something in front of it decides
/// who gets in. With it every page and fragment needs the sign-in cookie, except /healthz,
/// /sign-in and the static files (served before authorization).
/// </summary>
public sealed class AccessKey
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(30);

    readonly byte[]? _hash;

    AccessKey(string? key) => _hash = string.IsNullOrEmpty(key) ? null : Hash(key);

    public static AccessKey From(IConfiguration config) => new(config["PITWALL_ACCESS_KEY"]);

    public bool Required => _hash is not null;

    /// <summary>Compares hashes in constant time, so the time taken says nothing about how much of the key was right.</summary>
    public bool Matches(string? given) => _hash is not null && CryptographicOperations.FixedTimeEquals(Hash(given ?? ""), _hash);

    static byte[] Hash(string s) => SHA256.HashData(Encoding.UTF8.GetBytes(s));

    /// <summary>Refuses to listen beyond loopback without a key, unless the operator says access is controlled in front.</summary>
    public static void EnsureNotOpen(IConfiguration config, IEnumerable<string> urls)
    {
        if (From(config).Required || string.Equals(config["PITWALL_OPEN_ACCESS"], "true", StringComparison.OrdinalIgnoreCase)) return;
        var open = urls.FirstOrDefault(u => !IsLoopback(u));
        if (open is null) return;
        throw new StartupRefusedException(
            $"Pitwall would listen on {open}, beyond this machine, with no access key, so anyone who reaches it could read and change every racer. " +
            "Set PITWALL_ACCESS_KEY to a key the team signs in with, or set PITWALL_OPEN_ACCESS=true if something in front of Pitwall already controls who reaches it.");
    }

    static bool IsLoopback(string url)
    {
        var host = Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri) ? uri.Host : url;
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>Cookie sign-in (keys in the shared key ring, so every instance reads the cookie) and a door on everything, when a key is set.</summary>
    public static void AddTo(IServiceCollection services, AccessKey access)
    {
        services.AddSingleton(access);
        services.AddSingleton<SignInThrottle>();
        if (!access.Required) return;
        services.AddAuthentication(Scheme).AddCookie(Scheme, o =>
        {
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.ExpireTimeSpan = CookieLifetime;
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context =>
            {
                // An event stream (the pit wall) cannot follow a redirect to a page: it is told 401.
                if (context.Request.Headers.Accept.ToString().Contains("text/event-stream", StringComparison.OrdinalIgnoreCase)
                    || context.Request.Path.Value?.EndsWith("/stream", StringComparison.Ordinal) == true)
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                // htmx would swap the sign-in page into a panel; HX-Redirect makes it load the page instead.
                else if (context.Request.IsHtmx())
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    context.Response.Headers["HX-Redirect"] = "/sign-in";
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }
                return Task.CompletedTask;
            };
        });
        services.AddOptions<CookieAuthenticationOptions>(Scheme).Configure<IHttpContextAccessor>((o, accessor) =>
            o.Cookie = SchemeCookie.Create("pitwall_auth", accessor, SameSiteMode.Lax));
        services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }
}
