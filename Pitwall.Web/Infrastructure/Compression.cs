using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Pitwall.Web.Infrastructure;

/// <summary>
/// HTML and fragments compressed on the fly (Brotli, else gzip); static files come precompressed
/// from MapStaticAssets and are left alone. Over HTTPS too, with BREACH handled: an attacker who
/// watches the encrypted lengths must make the victim's browser send many requests whose answer
/// holds both the attacker's guess and a secret. Here (1) the one secret in a page, the
/// antiforgery request token, is encrypted afresh for every response by ASP.NET Core's data
/// protection (a random key modifier and IV), so no secret repeats from one answer to the next;
/// (2) the session and sign-in ids travel in HttpOnly cookies (headers, never compressed here)
/// and never in a body; (3) a request another site caused (Sec-Fetch-Site: cross-site or
/// same-site) gets its answer uncompressed, so the pages an attacker can make a browser fetch
/// give no length to learn from.
/// </summary>
public static class Compression
{
    public static IServiceCollection AddPitwallCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        // Pages are a few KB: the better ratio costs well under a millisecond.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.AddSingleton<IResponseCompressionProvider, OwnSiteOnly>();
        return services;
    }

    /// <summary>True when another site made the browser send this request (the BREACH attacker's only way in).</summary>
    public static bool FromAnotherSite(HttpRequest request) =>
        request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site";

    /// <summary>ASP.NET Core's provider, except that requests from another site are answered uncompressed.</summary>
    sealed class OwnSiteOnly(IServiceProvider services, IOptions<ResponseCompressionOptions> options) : IResponseCompressionProvider
    {
        readonly ResponseCompressionProvider _inner = new(services, options);

        public ICompressionProvider? GetCompressionProvider(HttpContext context) => _inner.GetCompressionProvider(context);

        public bool ShouldCompressResponse(HttpContext context) => _inner.ShouldCompressResponse(context);

        public bool CheckRequestAcceptsCompression(HttpContext context) =>
            !FromAnotherSite(context.Request) && _inner.CheckRequestAcceptsCompression(context);
    }
}
