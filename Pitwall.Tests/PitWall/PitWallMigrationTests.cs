using Npgsql;
using Pitwall.Sql.PitWall;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.PitWall;

/// <summary>
/// V22 on both shapes: the form's message rules are the database's (MessageRules is their C#
/// twin), and a change on a card is announced on pitwall_board with ids only, whoever writes it
/// (here statements as the earlier tool and psql write them), while a draft saved as the racer
/// types is not.
/// </summary>
public abstract class PitWallMigrationTests(DatabaseShape shape)
{
    public sealed class OnAFreshDatabase() : PitWallMigrationTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : PitWallMigrationTests(DatabaseShape.Adopted);

    [Fact]
    public async Task TheMessageRules_AreTheDatabases_AndKeepAdoptedRowsAsTheyAre()
    {
        var db = await TestDatabases.CreateAsync(shape);
        var length = await TestPostgres.ScalarAsync<string>(db, "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'pit_wall_messages_message_rule'");
        var types = await TestPostgres.ScalarAsync<string>(db, "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'pit_wall_messages_type_rule'");

        Assert.Equal($"CHECK (((char_length(message) >= 1) AND (char_length(message) <= {MessageRules.MaxLength}))) NOT VALID", length);
        Assert.Equal("CHECK (((message_type)::text = ANY ((ARRAY[" + string.Join(", ", MessageRules.Types.Select(t => $"'{t.Type}'::character varying")) + "])::text[]))) NOT VALID", types);
        if (shape == DatabaseShape.Adopted)
            Assert.Equal(1L, await TestPostgres.ScalarAsync<long>(db, "SELECT count(*) FROM pit_wall_messages WHERE message = 'Box this lap'"));
    }

    [Fact]
    public async Task ChangesOnACard_AreAnnouncedWithTeamAndRacerIds_ButADraftSavedAsTyped_IsNot()
    {
        var db = await TestDatabases.CreateAsync(shape);
        await TestPostgres.ExecuteAsync(db, """
            INSERT INTO teams (name) VALUES ('Team Nitro') ON CONFLICT (name) DO NOTHING;
            INSERT INTO teams (name) VALUES ('Pit crew');
            INSERT INTO pit_wall_default_team (team_id) SELECT id FROM teams WHERE name = 'Pit crew';
            INSERT INTO racer_profiles (name, team_id) SELECT 'Nina', id FROM teams WHERE name = 'Team Nitro';
            INSERT INTO racer_profiles (name) VALUES ('Otto');
            INSERT INTO vehicles (profile_id, brand, model) SELECT id, 'Mugen', 'MBX8R' FROM racer_profiles WHERE name IN ('Nina', 'Otto');
            INSERT INTO sessions (profile_id, vehicle_id, session_name, status) SELECT profile_id, id, 'Heat', 'draft' FROM vehicles;
            """);
        var nitro = await TestPostgres.ScalarAsync<int>(db, "SELECT id FROM teams WHERE name = 'Team Nitro'");
        var crew = await TestPostgres.ScalarAsync<int>(db, "SELECT id FROM teams WHERE name = 'Pit crew'");
        var nina = await TestPostgres.ScalarAsync<int>(db, "SELECT id FROM racer_profiles WHERE name = 'Nina'");
        var otto = await TestPostgres.ScalarAsync<int>(db, "SELECT id FROM racer_profiles WHERE name = 'Otto'");

        await using var listener = new NpgsqlConnection(db);
        await listener.OpenAsync();
        var heard = new List<string>();
        listener.Notification += (_, e) => { lock (heard) heard.Add(e.Payload); };
        await using (var listen = new NpgsqlCommand("LISTEN pitwall_board", listener)) await listen.ExecuteNonQueryAsync();

        async Task<List<string>> AfterAsync(string sql)
        {
            lock (heard) heard.Clear();
            await TestPostgres.ExecuteAsync(db, sql);
            // A marker sent after the statement's commit arrives after everything the statement announced.
            await TestPostgres.ExecuteAsync(db, "SELECT pg_notify('pitwall_board', 'end')");
            while (true)
            {
                lock (heard) if (heard.Contains("end")) return heard.Where(p => p != "end").ToList();
                await listener.WaitAsync(TimeSpan.FromSeconds(5));
            }
        }

        // The earlier tool's LiveRC harvester writes a result for Nina (Team Nitro).
        Assert.Equal([$"{nitro} {nina}"], await AfterAsync(
            $"INSERT INTO race_results (session_id, profile_id, heat_name, best_lap) SELECT id, {nina}, 'A-Main', 41.2 FROM sessions WHERE profile_id = {nina}"));
        // Otto has no team: he is the default team's. Three changes logged in one statement are one announcement.
        Assert.Equal([$"{crew} {otto}"], await AfterAsync(
            $"INSERT INTO setup_changes (session_id, parameter, new_value) SELECT id, p, '1' FROM sessions, unnest(ARRAY['DF', 'DC', 'DR']) p WHERE profile_id = {otto}"));
        Assert.Equal([$"{crew} {otto}"], await AfterAsync($"UPDATE sessions SET status = 'active' WHERE profile_id = {otto}"));
        Assert.Empty(await AfterAsync($"UPDATE sessions SET actual_setup = '{{\"DF\": 5000}}', last_updated = now() WHERE profile_id = {otto}"));
        // Otto moves to Team Nitro: both boards hear it.
        Assert.Equal([$"{crew} {otto}", $"{nitro} {otto}"], await AfterAsync($"UPDATE racer_profiles SET team_id = {nitro} WHERE id = {otto}"));
        Assert.Equal([$"{nitro} {nina}"], await AfterAsync(
            $"INSERT INTO pit_wall_messages (team_id, profile_id, message, message_type) VALUES ({nitro}, {nina}, 'Box', 'call-in')"));
    }
}
