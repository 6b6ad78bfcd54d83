using System.Security.Cryptography;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// This browser's session id: 128 random bits in an HttpOnly, SameSite=Lax cookie (Secure and
/// __Host- prefixed over HTTPS). A missing or malformed cookie means "no session": the
/// browser sees the default racer until it picks one.
/// </summary>
public sealed class BrowserSession(IHttpContextAccessor accessor)
{
    public const string PlainCookie = "pitwall_session";
    public const string SecureCookie = "__Host-pitwall_session";
    static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    HttpContext Http => accessor.HttpContext ?? throw new InvalidOperationException("No HTTP request");

    /// <summary>The id the browser sent, when it is well-formed.</summary>
    public Guid? Id =>
        (Http.Request.Cookies[SecureCookie] ?? Http.Request.Cookies[PlainCookie]) is { Length: 32 } value
        && Guid.TryParseExact(value, "N", out var id)
            ? id
            : null;

    /// <summary>The browser's id, issuing a new cookie when it has none.</summary>
    public Guid EnsureId()
    {
        if (Id is { } existing) return existing;
        var id = new Guid(RandomNumberGenerator.GetBytes(16));
        var https = Http.Request.IsHttps;
        Http.Response.Cookies.Append(https ? SecureCookie : PlainCookie, id.ToString("N"), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = https,
            Path = "/",
            MaxAge = Lifetime,
            IsEssential = true,
        });
        return id;
    }
}
