namespace Pitwall.Sql.Local;

/// <summary>The local cluster cannot be created or started; the message says why and what to do.</summary>
public sealed class LocalPostgresException(string message) : Exception(message);
