using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Npgsql;

namespace Pitwall.Web.Features.PitWall;

/// <summary>
/// The pit wall's load measurement (issue 22), for a benchmark or a test to call with two
/// running instances (BoardMeasurementSetup): opens N boards (event streams) on one, sends W
/// messages a second through the other for the duration, and reports how long each message took
/// to reach each board (p50, p99), and the board instance's memory and database connections
/// with no board and with N. Each message is a racer's ("bench 17"); a board's cards event holds
/// the latest, which delivers it and every earlier one not yet seen. Entry point:
/// <c>await BoardMeasurement.MeasureAsync(setup)</c>; Pitwall.Tests' BoardMeasurementTests
/// starts the instances and calls it (PITWALL_BOARD_MEASUREMENT=200,10,10 for 200 boards,
/// 10 writes/s, 10 s).
/// </summary>
public static partial class BoardMeasurement
{
    public static async Task<BoardFigures> MeasureAsync(BoardMeasurementSetup setup, CancellationToken ct = default)
    {
        using var writer = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = setup.WriteInstance };
        var token = await TokenAsync(writer, ct);
        var racer = $"Bench racer {Guid.NewGuid():N}"[..24];
        (await PostAsync(writer, token, "/profiles", new() { ["Name"] = racer }, ct)).EnsureSuccessStatusCode();
        var wall = await writer.GetStringAsync("/pit-wall", ct);
        var team = int.Parse(StreamUrl().Match(wall).Groups[1].Value);

        using var boardsHttp = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = setup.BoardInstance, Timeout = Timeout.InfiniteTimeSpan,
        };
        (await boardsHttp.GetAsync("/pit-wall", ct)).EnsureSuccessStatusCode();
        await Task.Delay(500, ct);
        var memoryIdle = Resident(setup.BoardProcessId);
        var connectionsIdle = await ConnectionsAsync(setup, ct);

        var sent = new ConcurrentDictionary<int, long>();
        var latencies = new ConcurrentBag<double>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var boards = new List<EventStreamReader>();
        try
        {
            for (var i = 0; i < setup.Boards; i++)
            {
                var board = await EventStreamReader.OpenAsync(boardsHttp, $"/pit-wall/teams/{team}/stream", ct);
                if (board.Response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"board {i} answered {(int)board.Response.StatusCode}");
                if ((await board.NextAsync(ct))?.Data != LiveView.LiveText) throw new InvalidOperationException($"board {i} is not live (PITWALL_LIVE_VIEWS below {setup.Boards}?)");
                await board.NextAsync(ct);
                boards.Add(board);
            }
            var readers = boards.Select(b => Task.Run(() => ReadAsync(b, sent, latencies, stop.Token))).ToList();
            await Task.Delay(500, ct);
            var memoryBoards = Resident(setup.BoardProcessId);
            var connectionsBoards = await ConnectionsAsync(setup, ct);

            var clock = Stopwatch.StartNew();
            var writes = (int)(setup.WritesPerSecond * setup.Duration.TotalSeconds);
            var posts = new List<Task>();
            for (var k = 1; k <= writes; k++)
            {
                var due = TimeSpan.FromSeconds((k - 1) / (double)setup.WritesPerSecond) - clock.Elapsed;
                if (due > TimeSpan.Zero) await Task.Delay(due, ct);
                sent[k] = Stopwatch.GetTimestamp();
                posts.Add(PostAsync(writer, token, "/pit-wall/messages", new() { ["Type"] = "note", ["Text"] = $"bench {k}" }, ct)
                    .ContinueWith(t => t.Result.EnsureSuccessStatusCode(), ct));
            }
            await Task.WhenAll(posts);
            var expected = (long)writes * setup.Boards;
            var until = DateTime.UtcNow + TimeSpan.FromSeconds(5);
            while (latencies.Count < expected && DateTime.UtcNow < until) await Task.Delay(50, ct);
            await stop.CancelAsync();
            await Task.WhenAll(readers);

            var sorted = latencies.OrderBy(l => l).ToArray();
            double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
            return new BoardFigures(setup.Boards, setup.WritesPerSecond, writes, sorted.Length, expected,
                At(0.50), At(0.99), sorted.Length == 0 ? double.NaN : sorted[^1],
                memoryIdle, memoryBoards, connectionsIdle, connectionsBoards);
        }
        finally
        {
            foreach (var board in boards) board.Dispose();
        }
    }

    /// <summary>One board: every cards event delivers the messages up to the newest it holds.</summary>
    static async Task ReadAsync(EventStreamReader board, ConcurrentDictionary<int, long> sent, ConcurrentBag<double> latencies, CancellationToken ct)
    {
        var seen = 0;
        try
        {
            while (await board.NextAsync(ct) is { } e)
            {
                var at = Stopwatch.GetTimestamp();
                if (e.Name != "cards" || Bench().Match(e.Data) is not { Success: true } m) continue;
                var newest = int.Parse(m.Groups[1].Value);
                for (var k = seen + 1; k <= newest; k++)
                    if (sent.TryGetValue(k, out var start)) latencies.Add(Stopwatch.GetElapsedTime(start, at).TotalMilliseconds);
                seen = Math.Max(seen, newest);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            // Stopped: the measurement is over.
        }
    }

    static async Task<string> TokenAsync(HttpClient client, CancellationToken ct) =>
        Token().Match(await client.GetStringAsync("/", ct)).Groups[1].Value;

    static Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string path, Dictionary<string, string> form, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        return client.SendAsync(request, ct);
    }

    /// <summary>The process's resident memory (VmRSS), in bytes.</summary>
    static long Resident(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024).Single();

    static async Task<long> ConnectionsAsync(BoardMeasurementSetup setup, CancellationToken ct)
    {
        var b = new NpgsqlConnectionStringBuilder(setup.ConnectionString) { Pooling = false, ApplicationName = "pitwall-measurement" };
        await using var connection = new NpgsqlConnection(b.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE application_name = @name", connection);
        command.Parameters.AddWithValue("name", setup.BoardApplicationName);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    [GeneratedRegex("hx-headers='\\{\"RequestVerificationToken\": \"([^\"]+)\"\\}'")]
    private static partial Regex Token();

    [GeneratedRegex("sse-connect=\"/pit-wall/teams/(\\d+)/stream\"")]
    private static partial Regex StreamUrl();

    [GeneratedRegex("bench (\\d+)")]
    private static partial Regex Bench();
}
