namespace Pitwall.Web.Infrastructure;

/// <summary>
/// A cookie whose name follows the request's scheme: over HTTPS the "__Host-" prefixed name
/// (Secure, path /, no domain: the browser refuses it from a sibling subdomain or over
/// HTTP), over plain HTTP the bare name. ASP.NET reads <see cref="Name"/> on every request,
/// so the antiforgery and sign-in cookies read and write only the name that fits.
/// </summary>
public sealed class SchemeCookie(string name, IHttpContextAccessor accessor) : CookieBuilder
{
    public override string? Name
    {
        get => accessor.HttpContext?.Request.IsHttps == true ? "__Host-" + name : name;
        set { /* fixed at construction */ }
    }

    public static SchemeCookie Create(string name, IHttpContextAccessor accessor, SameSiteMode sameSite) => new(name, accessor)
    {
        HttpOnly = true,
        SameSite = sameSite,
        SecurePolicy = CookieSecurePolicy.SameAsRequest,
        Path = "/",
        IsEssential = true,
    };
}
