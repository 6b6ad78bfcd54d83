namespace Pitwall.Sql.Exchange;

/// <summary>What is wrong in an import file, and where (<c>$.sessions[2].date</c>).</summary>
public sealed record ImportError(string Path, string Message);
