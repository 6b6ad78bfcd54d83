using Dapper;
using Pitwall.Sql.Database;

namespace Pitwall.Sql.PitWall;

/// <summary>
/// The pit wall: teams, the board's cards, the wall's read-only view of a racer, and the
/// messages between wall and racer. What the wall reads and writes is scoped to a team (a racer
/// of another team is a 404); what a racer reads and writes is scoped to the browser's racer.
/// </summary>
public sealed class PitWallStore(Db db)
{
    /// <summary>Creates the default team when missing and records it (pit_wall_default_team).</summary>
    public Task EnsureDefaultTeamAsync(string name, CancellationToken ct = default) =>
        db.WriteAsync(c => c.ExecuteAsync(new CommandDefinition(SqlFiles.Get("Teams_EnsureDefault"), new { name }, cancellationToken: ct)), ct);

    /// <summary>The board of team <paramref name="team"/>, else of the browser's racer's team; null when that team does not exist.</summary>
    public Task<Board?> BoardAsync(byte[]? browser, int? team, CancellationToken ct = default) =>
        db.ReadAsync(async c =>
        {
            await using var grids = await c.QueryMultipleAsync(new CommandDefinition(
                SqlFiles.Get("Board_Teams") + SqlFiles.Get("Board_Cards"), new { browser, team }, cancellationToken: ct));
            var teams = (await grids.ReadAsync<Team>()).AsList();
            var cards = (await grids.ReadAsync<BoardCard>()).AsList();
            return teams.Any(t => t.Shown) ? new Board(teams, cards) : null;
        }, ct);

    public Task<bool> TeamExistsAsync(int team, CancellationToken ct = default) =>
        db.ReadAsync(c => c.ExecuteScalarAsync<bool>(new CommandDefinition(SqlFiles.Get("Teams_Exists"), new { team }, cancellationToken: ct)), ct);

    /// <summary>The cards of a team that exists (the live board's updates).</summary>
    public Task<IReadOnlyList<BoardCard>> CardsAsync(int team, CancellationToken ct = default) =>
        db.ReadAsync<IReadOnlyList<BoardCard>>(async c => (await c.QueryAsync<BoardCard>(new CommandDefinition(
            SqlFiles.Get("Board_Cards"), new { browser = (byte[]?)null, team }, cancellationToken: ct))).AsList(), ct);

    /// <summary>The racer a wall tapped, with their card's session; null for a racer who is not of the team.</summary>
    public Task<WallRacer?> RacerAsync(int team, int racer, CancellationToken ct = default) =>
        db.ReadAsync(async c =>
        {
            await using var grids = await c.QueryMultipleAsync(new CommandDefinition(
                SqlFiles.Get("PitWall_Racer"), new { team, racer }, cancellationToken: ct));
            var session = await grids.ReadSingleOrDefaultAsync<WallSession>();
            var results = (await grids.ReadAsync<WallResult>()).AsList();
            var changes = (await grids.ReadAsync<WallChange>()).AsList();
            return session is null ? null : new WallRacer(session, results, changes);
        }, ct);

    /// <summary>The wall's thread with a racer of the team; null for a racer who is not of it.</summary>
    public Task<MessageThread?> WallThreadAsync(int team, int racer, CancellationToken ct = default) =>
        ThreadAsync("Messages_WallThread", new { team, racer }, ct);

    /// <summary>The thread of racer <paramref name="racer"/>, else of the racer this browser has open; null while there is no racer.</summary>
    public Task<MessageThread?> RacerThreadAsync(byte[]? browser, int? racer = null, CancellationToken ct = default) =>
        ThreadAsync("Messages_RacerThread", new { browser, racer }, ct);

    /// <summary>The wall writes to a racer of the team. The text is checked (MessageRules) before.</summary>
    public Task<MessageOutcome> SendFromWallAsync(int team, int racer, string type, string message, CancellationToken ct = default) =>
        WriteAsync("Messages_SendFromWall", new { team, racer, type, message }, ct);

    /// <summary>The browser's racer writes to their wall, about their session <paramref name="session"/> or none.</summary>
    public Task<MessageOutcome> SendFromRacerAsync(byte[]? browser, int? session, string type, string message, CancellationToken ct = default) =>
        WriteAsync("Messages_SendFromRacer", new { browser, session, type, message }, ct);

    /// <summary>The wall has read a racer's message: the racer's id, or null when it is no racer's message to this team.</summary>
    public Task<int?> ReadByWallAsync(int team, int id, CancellationToken ct = default) =>
        db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get("Messages_ReadByWall"), new { team, id }, cancellationToken: ct)), ct);

    /// <summary>The browser's racer acknowledges a message from the wall.</summary>
    public Task<MessageOutcome> ReadByRacerAsync(byte[]? browser, int id, CancellationToken ct = default) =>
        WriteAsync("Messages_ReadByRacer", new { browser, id }, ct);

    Task<MessageThread?> ThreadAsync(string file, object args, CancellationToken ct) =>
        db.ReadAsync(async c =>
        {
            await using var grids = await c.QueryMultipleAsync(new CommandDefinition(SqlFiles.Get(file), args, cancellationToken: ct));
            var owner = await grids.ReadSingleOrDefaultAsync<ThreadOwner>();
            var messages = (await grids.ReadAsync<Message>()).AsList();
            return owner is null ? null : new MessageThread(owner, messages);
        }, ct);

    // Each statement answers one id when it wrote, nothing when the racer or message is not in scope.
    async Task<MessageOutcome> WriteAsync(string file, object args, CancellationToken ct) =>
        await db.WriteAsync(c => c.ExecuteScalarAsync<int?>(new CommandDefinition(SqlFiles.Get(file), args, cancellationToken: ct)), ct) is null
            ? MessageOutcome.NotFound
            : MessageOutcome.Done;
}
