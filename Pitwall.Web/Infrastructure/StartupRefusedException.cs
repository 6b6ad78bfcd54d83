namespace Pitwall.Web.Infrastructure;

/// <summary>A reason not to start that one log line explains fully (no stack trace wanted).</summary>
public sealed class StartupRefusedException(string message) : Exception(message);
