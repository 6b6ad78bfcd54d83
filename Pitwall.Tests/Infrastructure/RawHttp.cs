using System.Net.Sockets;
using System.Text;

namespace Pitwall.Tests.Infrastructure;

/// <summary>
/// An HTTP/1.1 request written by hand on a socket, for what HttpClient will not send: a body
/// that never arrives in full, a Content-Length over the server's limit. Reads the answer's
/// head (status line and headers) as the server sends it.
/// </summary>
public static class RawHttp
{
    public sealed record Answer(int Status, IReadOnlyDictionary<string, string> Headers, string Head);

    /// <param name="head">Request line and headers, without the blank line.</param>
    /// <param name="body">The part of the body actually sent (the rest never comes).</param>
    public static async Task<Answer> SendAsync(Uri server, string head, string body, TimeSpan? timeout = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.TrimEnd() + "\r\n\r\n" + body));
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (!received.ToString().Contains("\r\n\r\n"))
        {
            var n = await stream.ReadAsync(buffer, cts.Token);
            if (n == 0) break;
            received.Append(Encoding.ASCII.GetString(buffer, 0, n));
        }
        var text = received.ToString();
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var lines = (headEnd < 0 ? text : text[..headEnd]).Split("\r\n");
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new Answer(int.Parse(lines[0].Split(' ')[1]), headers, text);
    }
}
