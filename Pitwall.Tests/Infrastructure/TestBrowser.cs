using System.Net;
using System.Text.RegularExpressions;

namespace Pitwall.Tests.Infrastructure;

/// <summary>
/// One browser against a running app: a cookie jar, the antiforgery token read from the page
/// (as htmx sends it, in a header), and htmx's HX-Request header on fragment calls.
/// </summary>
public sealed partial class TestBrowser(Uri address, CookieContainer? cookies = null, string? token = null) : IDisposable
{
    readonly CookieContainer _cookies = cookies ?? new();
    HttpClient? _client;
    string? _token = token;

    /// <summary>The same browser (cookies and antiforgery token) talking to another instance of the app.</summary>
    public TestBrowser On(Uri other) => new(other, _cookies, _token);

    public CookieContainer Cookies => _cookies;

    HttpClient Client => _client ??= new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = address };

    /// <summary>Loads the page, as a browser does first, and keeps its antiforgery token.</summary>
    public async Task<string> OpenAsync(string path = "/")
    {
        var html = await Client.GetStringAsync(path);
        _token = TokenIn(html);
        return html;
    }

    /// <summary>The antiforgery token a page hands htmx (its hx-headers).</summary>
    public static string TokenIn(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token on the page");

    /// <summary>A plain request with these headers (a proxy's, say), as a browser sends it.</summary>
    public Task<HttpResponseMessage> GetAsync(string path, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach (var (name, value) in headers) request.Headers.Add(name, value);
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> HtmxGetAsync(string path) => SendAsync(HttpMethod.Get, path, null, withToken: false, []);

    /// <param name="headers">Extra request headers (Origin, Sec-Fetch-Site, …).</param>
    public Task<HttpResponseMessage> HtmxPostAsync(string path, IDictionary<string, string> form, bool withToken = true, params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Post, path, new FormUrlEncodedContent(form), withToken, headers);

    /// <summary>A form with a file, as htmx sends it with hx-encoding="multipart/form-data".</summary>
    public Task<HttpResponseMessage> HtmxPostFileAsync(string path, IDictionary<string, string> form, string field, string fileName, byte[] file)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in form) content.Add(new StringContent(value), name);
        content.Add(new ByteArrayContent(file), field, fileName);
        return SendAsync(HttpMethod.Post, path, content, withToken: true, []);
    }

    /// <summary>A POST with a body of the caller's making (bytes that are not valid UTF-8, say).</summary>
    public Task<HttpResponseMessage> HtmxPostAsync(string path, HttpContent body) => SendAsync(HttpMethod.Post, path, body, withToken: true, []);

    public Task<HttpResponseMessage> HtmxDeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null, withToken: true, []);

    async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? body, bool withToken, (string Name, string Value)[] headers)
    {
        if (withToken && _token is null) await OpenAsync();
        var request = new HttpRequestMessage(method, path) { Content = body };
        request.Headers.Add("HX-Request", "true");
        if (withToken) request.Headers.Add("RequestVerificationToken", _token);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return await Client.SendAsync(request);
    }

    public void Dispose() => _client?.Dispose();

    [GeneratedRegex("hx-headers='\\{\"RequestVerificationToken\": \"([^\"]+)\"\\}'")]
    private static partial Regex TokenPattern();
}
