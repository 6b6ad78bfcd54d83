using System.Text;

namespace Pitwall.Web.Features.PitWall;

/// <summary>
/// Reads an event stream as EventSource does (event, data and retry fields; comments skipped),
/// for BoardMeasurement and the tests, which watch live views without a browser.
/// </summary>
public sealed class EventStreamReader : IDisposable
{
    readonly HttpResponseMessage _response;
    readonly StreamReader _reader;

    EventStreamReader(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    public HttpResponseMessage Response => _response;

    /// <summary>The last retry field the server sent, in milliseconds.</summary>
    public int? Retry { get; private set; }

    /// <summary>Opens the stream; a refusal (401, 403, 404) is returned as it is, with nothing to read.</summary>
    public static async Task<EventStreamReader> OpenAsync(HttpClient client, string url, CancellationToken ct = default, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/event-stream");
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        return new EventStreamReader(response, await response.Content.ReadAsStreamAsync(ct));
    }

    /// <summary>The next event, or null when the server ended the stream.</summary>
    public async Task<ServerEvent?> NextAsync(CancellationToken ct = default)
    {
        string name = "message";
        var data = new StringBuilder();
        var any = false;
        while (await _reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                if (any) return new ServerEvent(name, data.ToString());
                continue;
            }
            if (line[0] == ':') continue;
            var colon = line.IndexOf(':');
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "event":
                    name = value;
                    any = true;
                    break;
                case "data":
                    if (data.Length > 0) data.Append('\n');
                    data.Append(value);
                    any = true;
                    break;
                case "retry" when int.TryParse(value, out var ms):
                    Retry = ms;
                    break;
            }
        }
        return null;
    }

    /// <summary>Reads events until one of this name whose data satisfies the condition; null if the stream ends first.</summary>
    public async Task<ServerEvent?> WaitForAsync(string name, Func<string, bool> condition, CancellationToken ct = default)
    {
        while (await NextAsync(ct) is { } e)
            if (e.Name == name && condition(e.Data)) return e;
        return null;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
