namespace Pitwall.Sql.Migrations;

/// <summary>A migration failed; the database was left as it was before the run.</summary>
public sealed class MigrationFailedException(string script, int? line, string reason, Exception inner)
    : Exception($"Migration {script} failed{(line is null ? "" : $" at line {line}")}: {reason}", inner)
{
    public string Script { get; } = script;
    public int? Line { get; } = line;
    public string Reason { get; } = reason;
}
