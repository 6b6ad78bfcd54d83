using System.Data;
using System.Text.Json;
using Dapper;
using Npgsql;
using Pitwall.Sql.Database;
using Pitwall.Sql.Setup;

namespace Pitwall.Sql.Changes;

/// <summary>The change log (setup_changes) and closeouts of the active racer's sessions. Every statement is scoped to the browser's racer.</summary>
public sealed class ChangeStore(Db db)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Typed rows, a change each (Changes_ForCar.sql); null for another racer's car.</summary>
    public async Task<CarChanges?> ForCarAsync(byte[]? browser, int car, CancellationToken ct = default)
    {
        var rows = (await db.ReadAsync(c => c.QueryAsync<ChangeRow>(new CommandDefinition(
            SqlFiles.Get("Changes_ForCar"), new { browser, car }, cancellationToken: ct)), ct)).AsList();
        if (rows.Count == 0) return null;
        var changes = rows.Where(r => r.Id is not null).Select(r => new LoggedChange(
            r.Id!.Value, r.SessionId, r.SessionName, r.SessionDate, r.Parameter, r.OldValue, r.NewValue, r.Before, r.After, r.Source, r.Status, r.Outcome,
            r.NotesBefore is null ? null : JsonSerializer.Deserialize<List<RunNotes.NoteBefore>>(r.NotesBefore, Json))).ToList();
        return new CarChanges(rows[0].CarId, rows[0].Brand, rows[0].Model, rows[0].Nickname, changes);
    }

    sealed record ChangeRow(int CarId, string Brand, string Model, string? Nickname, int? Id, int? SessionId, string? SessionName, DateOnly? SessionDate,
                            string? Parameter, string? OldValue, string? NewValue, decimal? Before, decimal? After, string? Source, string? Status,
                            string? Outcome, string? NotesBefore);

    public Task<SessionCloseout?> CloseoutAsync(byte[]? browser, int id, CancellationToken ct = default) =>
        db.ReadAsync(c => c.QuerySingleOrDefaultAsync<SessionCloseout>(new CommandDefinition(
            SqlFiles.Get("Changes_Closeout"), new { browser, id }, cancellationToken: ct)), ct);

    /// <summary>Closes a locked session and marks its changes with the rating's outcome: one statement.</summary>
    public async Task<CloseOutcome> CloseAsync(byte[]? browser, int id, Closeout closeout, CancellationToken ct = default)
    {
        var word = await db.WriteAsync(c => c.ExecuteScalarAsync<string>(new CommandDefinition(SqlFiles.Get("Changes_Close"), new
        {
            browser, id, rating = (short)closeout.Rating, feel = closeout.Feel, observation = closeout.Observation,
            outcome = ChangeOutcome.Of(closeout.Rating),
        }, cancellationToken: ct)), ct);
        return SqlOutcome.Of(word, CloseWords);
    }

    static readonly Dictionary<string, CloseOutcome> CloseWords = new()
    {
        ["closed"] = CloseOutcome.Closed, ["draft"] = CloseOutcome.StillADraft, ["already_closed"] = CloseOutcome.AlreadyClosed,
        ["not_found"] = CloseOutcome.NotFound,
    };

    /// <summary>
    /// Logs what locking session <paramref name="id"/> changed, inside the lock's transaction:
    /// its setup against the car's previous locked session, else against the baseline.
    /// </summary>
    internal static async Task LogLockAsync(NpgsqlConnection c, IDbTransaction tx, byte[]? browser, int id, CancellationToken ct)
    {
        var basis = await c.QuerySingleAsync<LockBasis>(new CommandDefinition(
            SqlFiles.Get("Changes_LockBasis"), new { browser, id }, tx, cancellationToken: ct));
        var changes = ChangeLog.Between(SetupValues.Parse(basis.Basis), SetupValues.Parse(basis.Setup));
        if (changes.Count == 0) return;
        await c.ExecuteAsync(new CommandDefinition(SqlFiles.Get("Changes_Record"), new
        {
            sessionid = basis.SessionId, carid = basis.CarId, before = basis.Before, after = basis.After,
            comparedwith = basis.PreviousId is null ? "baseline" : "session", previousid = basis.PreviousId,
            parameters = changes.Select(x => x.Parameter).ToArray(),
            oldvalues = changes.Select(x => x.OldValue).ToArray(),
            newvalues = changes.Select(x => x.NewValue).ToArray(),
        }, tx, cancellationToken: ct));
    }

    sealed record LockBasis(int SessionId, int CarId, string Setup, int? PreviousId, string Basis, decimal? Before, decimal? After);
}
