using Dapper;
using Pitwall.Sql.Database;

namespace Pitwall.Sql.RunNotes;

/// <summary>
/// Run notes: rows of the earlier tool's activity_log (action 'run_note'), so that both tools share
/// them. Every statement is scoped to the browser's racer.
/// </summary>
public sealed class RunNoteStore(Db db)
{
    sealed record Row(int SessionId, int? Id, DateTime? At, string? Symptom, string? Note, string? Heat);

    /// <returns>Null when the session is not the active racer's.</returns>
    public async Task<SessionNotes?> ForSessionAsync(byte[]? browser, int session, CancellationToken ct = default)
    {
        var rows = (await db.ReadAsync(c => c.QueryAsync<Row>(new CommandDefinition(
            SqlFiles.Get("RunNotes_ForSession"), new { browser, id = session }, cancellationToken: ct)), ct)).ToList();
        return rows.Count == 0
            ? null
            : new(rows[0].SessionId, rows.Where(r => r.Id is not null).Select(r => new RunNote(r.Id!.Value, r.At ?? default, r.Symptom, r.Note, r.Heat)).ToList());
    }

    /// <returns>False when the session is not the active racer's (nothing saved).</returns>
    public async Task<bool> AddAsync(byte[]? browser, int session, string? symptom, string? note, string? heat, CancellationToken ct = default) =>
        await db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get("RunNotes_Add"),
            new { browser, id = session, symptom, note, heat }, cancellationToken: ct)), ct) is not null;

    /// <returns>False when there is no such run note in a session of the active racer's.</returns>
    public async Task<bool> RemoveAsync(byte[]? browser, int session, int note, CancellationToken ct = default) =>
        await db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get("RunNotes_Remove"),
            new { browser, id = session, note }, cancellationToken: ct)), ct) is not null;

    /// <summary>The closeout's "What the car did" the session's taps add up to most (Symptoms.MostTappedFeel).</summary>
    public async Task<string?> MostTappedFeelAsync(byte[]? browser, int session, CancellationToken ct = default) =>
        Symptoms.MostTappedFeel(await db.ReadAsync(c => c.QueryAsync<SymptomTaps>(new CommandDefinition(
            SqlFiles.Get("RunNotes_Taps"), new { browser, id = session }, cancellationToken: ct)), ct));
}
