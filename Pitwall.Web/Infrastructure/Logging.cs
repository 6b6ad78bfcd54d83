using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Pitwall.Web.Infrastructure;

/// <summary>Serilog for the whole process: plain text locally, JSON lines when PITWALL_LOG_FORMAT=json.</summary>
public static class Logging
{
    /// <param name="toStandardError">Commands that print a report on stdout keep their logs on stderr.</param>
    public static Serilog.ILogger Create(bool toStandardError = false)
    {
        var json = string.Equals(Environment.GetEnvironmentVariable("PITWALL_LOG_FORMAT"), "json", StringComparison.OrdinalIgnoreCase);
        var errorsFrom = toStandardError ? LogEventLevel.Verbose : (LogEventLevel?)null;
        // PITWALL_LOG_LEVEL=Warning drops the per-request lines (busy instances, benchmarks).
        var level = Enum.TryParse<LogEventLevel>(Environment.GetEnvironmentVariable("PITWALL_LOG_LEVEL"), ignoreCase: true, out var l)
            ? l
            : LogEventLevel.Information;
        var config = new LoggerConfiguration()
            .MinimumLevel.Is(level)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .Enrich.FromLogContext();
        config = json
            ? config.WriteTo.Console(new RenderedCompactJsonFormatter(), standardErrorFromLevel: errorsFrom)
            : config.WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}",
                standardErrorFromLevel: errorsFrom);
        return config.CreateLogger();
    }
}
