using Microsoft.Extensions.Logging;

namespace Pitwall.Tests.Infrastructure;

/// <summary>Keeps every log line written to it, so a test can read what an operator would see.</summary>
public sealed class ListLogger : ILogger
{
    readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines { get { lock (_lines) return [.. _lines]; } }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_lines) _lines.Add(formatter(state, exception));
    }
}
