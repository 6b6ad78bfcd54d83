using System.Security.Cryptography;
using Pitwall.Sql.Browsers;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// This browser's session: 128 random bits minted by the server, in an HttpOnly, SameSite=Lax
/// cookie (over HTTPS only the Secure, __Host- prefixed one is read or written). The database
/// knows the id only by its SHA-256 hash (<see cref="Key"/>). A missing, malformed or unknown
/// id means "no session": the browser sees the default racer, and the first switch mints a
/// fresh id instead of adopting the one it sent.
/// </summary>
public sealed class BrowserCookie(IHttpContextAccessor accessor)
{
    public const string PlainCookie = "pitwall_session";
    public const string SecureCookie = "__Host-pitwall_session";
    static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    HttpContext Http => accessor.HttpContext ?? throw new InvalidOperationException("No HTTP request");
    string CookieName => Http.Request.IsHttps ? SecureCookie : PlainCookie;

    /// <summary>The hash of the id the browser sent, when it is well-formed: the key of its row.</summary>
    public byte[]? Key => _key ??= Http.Request.Cookies[CookieName] is { Length: 32 } id && IsHex(id) ? Hash(id) : null;
    byte[]? _key;

    /// <summary>Points this browser at a racer; a browser whose id has no row gets a new id from the server.</summary>
    public async Task<IReadOnlyList<Pitwall.Sql.Profiles.SidebarRacer>> SwitchAsync(BrowserStore store, int racer, CancellationToken ct)
    {
        var fresh = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var outcome = await store.SwitchAsync(Key, Hash(fresh), racer, ct);
        if (outcome.Minted) Issue(fresh);
        return outcome.Racers;
    }

    /// <summary>
    /// A browser in use stays known: at most once an hour it is marked seen (so the purge keeps it)
    /// and its cookie is issued again with a full lifetime (so its expiry slides while it is used).
    /// </summary>
    public async Task SeenAsync(BrowserStore store, CancellationToken ct)
    {
        if (Key is not { } key || Http.Request.Cookies[CookieName] is not { } id) return;
        if (await store.SeenAsync(key, ct)) Issue(id);
    }

    void Issue(string id)
    {
        _key = Hash(id);
        Http.Response.Cookies.Append(CookieName, id, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = Http.Request.IsHttps,
            Path = "/",
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }

    /// <summary>SHA-256 of the id's 16 bytes: what V7 computed for the rows it found (sha256(uuid_send(id))).</summary>
    static byte[] Hash(string hexId) => SHA256.HashData(Convert.FromHexString(hexId));

    static bool IsHex(string s) => s.All(char.IsAsciiHexDigit);
}
