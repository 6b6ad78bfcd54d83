using Dapper;
using Npgsql;
using Pitwall.Sql.Database;

namespace Pitwall.Sql.Profiles;

/// <summary>Racer profiles. The rules that must hold under concurrency live in the SQL (V4 and the files beside this one).</summary>
public sealed class ProfileStore(Db db)
{
    /// <param name="browser">Hash of the browser's id, or null: marks the racer it has open.</param>
    public Task<IReadOnlyList<SidebarRacer>> SidebarAsync(byte[]? browser, CancellationToken ct = default) =>
        db.ReadAsync(async c => SidebarRacer.InOrder(await c.QueryAsync<SidebarRacer>(new CommandDefinition(
            SqlFiles.Get("Profiles_Sidebar"), new { browser }, cancellationToken: ct))), ct);

    /// <summary>The racer <paramref name="id"/>, or with a null id the one this browser has open.</summary>
    public Task<Racer?> GetAsync(byte[]? browser, int? id = null, CancellationToken ct = default) =>
        db.ReadAsync(c => c.QuerySingleOrDefaultAsync<Racer>(new CommandDefinition(
            SqlFiles.Get("Profiles_Get"), new { browser, id }, cancellationToken: ct)), ct);

    /// <returns>Saved with the new racer's id, or DuplicateName when a racer of that name (ignoring case) exists.</returns>
    public async Task<(ProfileWriteOutcome Outcome, int Id)> CreateAsync(string name, string? email, CancellationToken ct = default)
    {
        try
        {
            return (ProfileWriteOutcome.Saved, await LastAsync<int>(SqlFiles.Get("Profiles_Create"), new { name, email }, ct));
        }
        catch (PostgresException e) when (IsDuplicateName(e))
        {
            return (ProfileWriteOutcome.DuplicateName, 0);
        }
    }

    public async Task<ProfileWriteOutcome> UpdateAsync(int id, RacerChanges changes, CancellationToken ct = default)
    {
        try
        {
            var updated = await LastAsync<int?>(SqlFiles.Get("Profiles_Update"), new
            {
                id,
                name = changes.Name,
                email = changes.Email,
                facebook = changes.Facebook,
                instagram = changes.Instagram,
                sponsors = string.Join('\n', changes.Sponsors),
                makedefault = changes.MakeDefault,
                team = changes.Team,
            }, ct);
            return updated is null ? ProfileWriteOutcome.NotFound : ProfileWriteOutcome.Saved;
        }
        catch (PostgresException e) when (IsDuplicateName(e))
        {
            return ProfileWriteOutcome.DuplicateName;
        }
    }

    public async Task<ProfileWriteOutcome> DeleteAsync(int id, CancellationToken ct = default)
    {
        try
        {
            var deleted = await LastAsync<int?>(SqlFiles.Get("Profiles_Delete"), new { id }, ct);
            return deleted is null ? ProfileWriteOutcome.NotFound : ProfileWriteOutcome.Saved;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            // A table of the earlier tool still points at this racer without ON DELETE CASCADE.
            return ProfileWriteOutcome.StillReferenced;
        }
    }

    static bool IsDuplicateName(PostgresException e) =>
        e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "racer_profiles_name_unique";

    // The files start with the lock statement; the answer is the last statement's.
    Task<T?> LastAsync<T>(string sql, object args, CancellationToken ct) => db.WriteAsync(async connection =>
    {
        await using var grids = await connection.QueryMultipleAsync(new CommandDefinition(sql, args, cancellationToken: ct));
        await grids.ReadAsync<bool>();
        T? last = default;
        while (!grids.IsConsumed)
        {
            // The delete answers in its middle statement; an empty later grid must not hide it.
            var rows = (await grids.ReadAsync<T>()).AsList();
            if (rows.Count > 0) last = rows[0];
        }
        return last;
    }, ct);
}
