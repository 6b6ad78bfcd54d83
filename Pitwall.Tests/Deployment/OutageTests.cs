using System.Diagnostics;
using System.Net;
using Pitwall.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pitwall.Tests.Deployment;

/// <summary>
/// PostgreSQL restarts under a stream of reads and writes: during the outage requests fail
/// fast with 503, afterwards the app recovers by itself, with no 5xx and every acknowledged
/// write stored exactly once.
/// </summary>
public sealed class OutageTests(ITestOutputHelper output)
{
    sealed record Outcome(DateTime At, HttpStatusCode Status, double Ms, string? Written);

    [Fact]
    public async Task AServerRestartMidStream_Costs503sOnlyDuringTheOutage_AndNoWriteIsLostOrDoubled()
    {
        var server = await TestPostgres.StartAsync("outage");
        try
        {
            // A stream of writes far faster than a person's: the per-client limits are off for it.
            await using var app = await TestApp.StartAsync(server.ConnectionString(), true, "PITWALL_WRITES_PER_MINUTE=0", "PITWALL_CREATES_PER_HOUR=0");
            using var browser = new TestBrowser(app.Address);
            await browser.HtmxPostAsync("/profiles", new Dictionary<string, string> { ["Name"] = "Ana" });
            await browser.HtmxPostAsync("/shop-master/cars", new Dictionary<string, string> { ["Brand"] = "Mugen", ["Model"] = "MBX8R" });
            await browser.HtmxPostAsync("/event-setup/sessions", new Dictionary<string, string>
            {
                ["CarId"] = (await TestPostgres.ScalarAsync<int>(server.ConnectionString(), "SELECT max(id) FROM vehicles")).ToString(),
                ["SessionName"] = "Outage practice", ["Type"] = "Practice", ["Date"] = "2026-12-06",
            });
            var session = await TestPostgres.ScalarAsync<int>(server.ConnectionString(), "SELECT max(id) FROM sessions");
            var outcomes = new List<Outcome>();
            var n = 0;

            async Task StreamAsync(TimeSpan length)
            {
                var until = DateTime.UtcNow + length;
                while (DateTime.UtcNow < until)
                {
                    var clock = Stopwatch.StartNew();
                    var read = await browser.HtmxGetAsync("/event-setup/panel");
                    outcomes.Add(new(DateTime.UtcNow, read.StatusCode, clock.Elapsed.TotalMilliseconds, null));
                    // A result: race_results has no unique rule, so a write stored twice would show as two rows.
                    var name = $"Heat {++n}";
                    clock.Restart();
                    var write = await browser.HtmxPostAsync($"/event-setup/sessions/{session}/results",
                        new Dictionary<string, string> { ["Heat"] = name, ["LapTimes"] = "24.5" });
                    outcomes.Add(new(DateTime.UtcNow, write.StatusCode, clock.Elapsed.TotalMilliseconds, name));
                }
            }

            await StreamAsync(TimeSpan.FromSeconds(1));
            var down = DateTime.UtcNow;
            await server.StopAsync("fast");
            await StreamAsync(TimeSpan.FromSeconds(3));
            await server.StartAsync(TestPostgres.FastSettings);
            var up = DateTime.UtcNow;
            await StreamAsync(TimeSpan.FromSeconds(4));

            var during = outcomes.Where(o => o.At > down && o.At <= up).ToList();
            var after = outcomes.Where(o => o.At > up).ToList();
            var firstOk = after.FirstOrDefault(o => o.Status == HttpStatusCode.OK);
            var recovered = firstOk is null ? double.NaN : (firstOk.At - up).TotalSeconds;
            var lateErrors = after.SkipWhile(o => o.Status != HttpStatusCode.OK).Count(o => o.Status != HttpStatusCode.OK);
            output.WriteLine($"requests: {outcomes.Count}; during the outage: {during.Count} ({during.Count(o => o.Status == HttpStatusCode.ServiceUnavailable)} × 503, slowest {during.Max(o => o.Ms):0} ms); " +
                             $"first 200 {recovered:0.00} s after PostgreSQL was back; errors after that: {lateErrors}");

            Assert.NotEmpty(during);
            Assert.All(during, o => Assert.Equal(HttpStatusCode.ServiceUnavailable, o.Status));
            Assert.All(during, o => Assert.True(o.Ms < 2500, $"a request took {o.Ms:0} ms during the outage"));
            Assert.DoesNotContain(outcomes, o => (int)o.Status >= 500 && o.Status != HttpStatusCode.ServiceUnavailable);
            Assert.NotNull(firstOk);
            Assert.Equal(0, lateErrors);
            var acknowledged = outcomes.Where(o => o.Written is not null && o.Status == HttpStatusCode.OK).Select(o => o.Written!).ToList();
            var stored = (await TestPostgres.ScalarAsync<string[]>(server.ConnectionString(), "SELECT array_agg(heat_name) FROM race_results")).ToList();
            Assert.All(acknowledged, name => Assert.Single(stored, name));
            Assert.Equal(stored.Count, stored.Distinct().Count());
        }
        finally
        {
            TestPostgres.Cleanup(server);
        }
    }
}
