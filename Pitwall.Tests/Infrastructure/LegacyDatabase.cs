namespace Pitwall.Tests.Infrastructure;

/// <summary>
/// Builds the earlier Streamlit tool's database by hand, as LEGACY.md describes it, with a
/// few racers, cars, sessions, an extra column and unrelated tables holding rows.
/// </summary>
public static class LegacyDatabase
{
    const string Tables = """
        CREATE TABLE teams (id serial PRIMARY KEY, name varchar(255) NOT NULL UNIQUE, created_at timestamp DEFAULT CURRENT_TIMESTAMP);
        CREATE TABLE racer_profiles (
            id serial PRIMARY KEY,
            team_id int REFERENCES teams (id) ON DELETE SET NULL,
            name varchar(255) NOT NULL,
            email varchar(255), facebook varchar(255), instagram varchar(255),
            sponsors text[] DEFAULT '{}',
            created_at timestamp DEFAULT CURRENT_TIMESTAMP,
            updated_at timestamp DEFAULT CURRENT_TIMESTAMP,
            legacy_note text);
        CREATE TABLE vehicles (
            id serial PRIMARY KEY,
            profile_id int NOT NULL REFERENCES racer_profiles (id) ON DELETE CASCADE,
            brand varchar(100) NOT NULL, model varchar(100) NOT NULL,
            nickname varchar(255), transponder varchar(100),
            baseline_setup jsonb DEFAULT '{}',
            created_at timestamp DEFAULT CURRENT_TIMESTAMP, updated_at timestamp DEFAULT CURRENT_TIMESTAMP,
            UNIQUE (profile_id, brand, model));
        CREATE TABLE sessions (
            id serial PRIMARY KEY,
            profile_id int NOT NULL REFERENCES racer_profiles (id) ON DELETE CASCADE,
            vehicle_id int NOT NULL REFERENCES vehicles (id) ON DELETE CASCADE,
            session_name varchar(255), session_type varchar(50) NOT NULL DEFAULT 'Practice',
            session_date date DEFAULT CURRENT_DATE, track_name varchar(255), track_size varchar(50),
            traction varchar(50), surface_type varchar(50), surface_condition varchar(50),
            racing_classes text[], actual_setup jsonb DEFAULT '{}', weather jsonb, liverc_url varchar(500),
            status varchar(50) DEFAULT 'active', device_info varchar(255),
            last_updated timestamp DEFAULT CURRENT_TIMESTAMP, created_at timestamp DEFAULT CURRENT_TIMESTAMP,
            updated_at timestamp DEFAULT CURRENT_TIMESTAMP);
        CREATE TABLE setup_changes (id serial PRIMARY KEY, session_id int REFERENCES sessions (id) ON DELETE CASCADE, parameter varchar(50), old_value text, new_value text);
        CREATE TABLE activity_log (id serial PRIMARY KEY, message text, created_at timestamp DEFAULT CURRENT_TIMESTAMP);
        """;

    /// <summary>Three racers created a day apart (Ana oldest); 'Default Racer' second when <paramref name="withDefaultRacer"/>.</summary>
    static string Rows(bool withDefaultRacer) => """
        INSERT INTO teams (name) VALUES ('Team Nitro');
        INSERT INTO racer_profiles (team_id, name, email, sponsors, created_at, legacy_note) VALUES
            (1, 'Ana', 'ana@example.com', '{"JQ","Hudy"}', '2024-01-01', 'first'),
            (NULL, 'SECOND_RACER', 'default@apex.local', '{}', '2024-01-02', NULL),
            (NULL, 'Carla', NULL, '{}', '2024-01-03', 'third');
        INSERT INTO vehicles (profile_id, brand, model, nickname, transponder, baseline_setup) VALUES
            (1, 'Mugen', 'MBX8R', 'Old Faithful', '1234567', '{"diffs": {"front": 7000, "center": 10000, "rear": 3000}, "tires": {"compound": "Green"}, "notes": "keep me"}'),
            (3, 'Xray', 'XB8', NULL, NULL, '{}');
        INSERT INTO sessions (profile_id, vehicle_id, session_name, track_name, actual_setup, status) VALUES
            (1, 1, 'Saturday practice', 'Thunder Alley', '{"front": {"shock_oil": 500}}', 'completed'),
            (3, 2, 'Club main', 'Mulligan', '{}', 'active');
        INSERT INTO setup_changes (session_id, parameter, old_value, new_value) VALUES (1, 'SO_F', '450', '500');
        INSERT INTO activity_log (message) VALUES ('racer created'), ('session locked');
        """.Replace("SECOND_RACER", withDefaultRacer ? "Default Racer" : "Bruno");

    public static async Task CreateBeforePhase44Async(string connectionString, bool withDefaultRacer = true)
    {
        await TestPostgres.ExecuteAsync(connectionString, Tables);
        await TestPostgres.ExecuteAsync(connectionString, Rows(withDefaultRacer));
    }

    /// <summary>After Phase 4.4: nullable is_default, the plain partial index, and the given racers marked default.</summary>
    public static async Task CreateAfterPhase44Async(string connectionString, params int[] defaultIds)
    {
        await CreateBeforePhase44Async(connectionString, withDefaultRacer: true);
        await TestPostgres.ExecuteAsync(connectionString, $"""
            ALTER TABLE racer_profiles ADD COLUMN is_default boolean DEFAULT false;
            CREATE INDEX idx_racer_profiles_is_default ON racer_profiles (is_default) WHERE is_default = true;
            UPDATE racer_profiles SET is_default = true WHERE id = ANY(ARRAY[{string.Join(',', defaultIds.DefaultIfEmpty(0))}]);
            """);
    }

    /// <summary>Every row of every legacy table, as text, so a test can compare before and after.</summary>
    public const string Snapshot = """
        SELECT string_agg(t, E'\n' ORDER BY t) FROM (
            SELECT 'teams ' || row(id, name)::text AS t FROM teams
            UNION ALL SELECT 'racer ' || row(id, team_id, name, email, sponsors, created_at, legacy_note)::text FROM racer_profiles
            UNION ALL SELECT 'vehicle ' || row(id, profile_id, brand, model, nickname, transponder, baseline_setup)::text FROM vehicles
            UNION ALL SELECT 'session ' || row(id, profile_id, vehicle_id, session_name, track_name, actual_setup, status)::text FROM sessions
            UNION ALL SELECT 'change ' || row(id, session_id, parameter, old_value, new_value)::text FROM setup_changes
            UNION ALL SELECT 'log ' || row(id, message)::text FROM activity_log
        ) rows
        """;
}
