namespace Pitwall.Sql.Database;

/// <summary>The database stayed unreachable for the whole wait, or refused Pitwall for good (bad password, no such database).</summary>
public sealed class DatabaseUnavailableException(string message, Exception inner) : Exception(message, inner);
