namespace Pitwall.Bench;

/// <summary>The data the benchmark runs on.</summary>
public static class Seed
{
    /// <summary>20 racers; the default one has 10 cars with full baselines, two sessions per car and one open draft.</summary>
    public const string Fleet = """
        INSERT INTO racer_profiles (name, email, is_default, created_at)
        SELECT CASE WHEN g = 1 THEN 'Bench Racer' ELSE 'Racer ' || lpad(g::text, 2, '0') END,
               'racer' || g || '@example.com', g = 1, now() - g * interval '1 day'
        FROM generate_series(1, 20) g;
        INSERT INTO vehicles (profile_id, brand, model, nickname, transponder, baseline_setup)
        SELECT 1, (ARRAY['Mugen','Xray','Tekno','Associated','Kyosho'])[1 + g % 5], 'Model ' || g, 'Car ' || g, '100000' || g,
               jsonb_build_object('DF', 7000, 'DC', 10000, 'DR', 3000, 'SO_F', 450, 'SO_R', 400, 'SP_F', 'Blue', 'SP_R', 'Green',
                                  'SB_F', 2.3, 'SB_R', 2.5, 'P_F', '1.2x4', 'P_R', '1.2x4', 'Toe_F', -1, 'Toe_R', 3, 'RH_F', 27, 'RH_R', 28,
                                  'C_F', -2, 'C_R', -2, 'ST_F', 'Outer', 'ST_R', 'Inner', 'Droop_F', 5, 'Droop_R', 6, 'Tread', 'Chunky',
                                  'Compound', 'Green', 'Engine', 'REDS', 'Clutch', '4 shoe', 'Bell', 13, 'Spur', 48, 'Pipe', '2113', 'Venturi', '7')
        FROM generate_series(1, 10) g;
        INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, track_name, actual_setup, status, created_at)
        SELECT 1, v.id, 'Session ' || v.id || '-' || n, 'Practice', 'Thunder Alley', v.baseline_setup || '{"SO_F": 500}',
               CASE WHEN v.id = 1 AND n = 2 THEN 'draft' ELSE 'active' END, now() - (20 - n) * interval '1 hour'
        FROM vehicles v CROSS JOIN generate_series(1, 2) n;
        -- The run log of the first car's first session: three heats of 30 laps, figures as LapFigures stores them.
        INSERT INTO race_results (session_id, profile_id, heat_name, race_class, position, lap_times, laps_completed, best_lap, average_lap, total_time, consistency)
        SELECT s.id, 1, 'Heat ' || h, '1/8 Nitro Buggy', h + 1, jsonb_agg(l.lap ORDER BY l.g), 30, min(l.lap), avg(l.lap),
               make_interval(secs => sum(l.lap)), 100 - 100 * stddev_samp(l.lap) / avg(l.lap)
        FROM (SELECT min(id) AS id FROM sessions WHERE vehicle_id = (SELECT min(id) FROM vehicles)) s
        CROSS JOIN generate_series(1, 3) h
        CROSS JOIN LATERAL (SELECT g, round(24 + (g * 7 % 11) * 0.137 + h * 0.05, 3) AS lap FROM generate_series(1, 30) g) l
        GROUP BY s.id, h;
        -- The change log of the first car: each of its sessions changed the front shock oil.
        INSERT INTO setup_changes (session_id, vehicle_id, parameter, old_value, new_value, lap_time_before, lap_time_after,
                                   source, status, compared_with, created_at)
        SELECT s.id, s.vehicle_id, 'SO_F', '450', '500', 24.3, 24.1, 'manual', 'accepted', 'baseline', now()
        FROM sessions s WHERE s.vehicle_id = (SELECT min(id) FROM vehicles);
        """;

    /// <summary>The earlier tool's racer table before Phase 4.4, with this many racers ('Default Racer' in the middle).</summary>
    public static string LegacyRacers(int count) => $$"""
        CREATE TABLE racer_profiles (
            id serial PRIMARY KEY, team_id int, name varchar(255) NOT NULL, email varchar(255), facebook varchar(255),
            instagram varchar(255), sponsors text[] DEFAULT '{}', created_at timestamp DEFAULT CURRENT_TIMESTAMP,
            updated_at timestamp DEFAULT CURRENT_TIMESTAMP);
        INSERT INTO racer_profiles (name, email, created_at)
        SELECT CASE WHEN g = {{count / 2}} THEN 'Default Racer' ELSE 'Racer ' || g END, 'r' || g || '@example.com',
               timestamp '2024-01-01' + g * interval '1 second'
        FROM generate_series(1, {{count}}) g;
        """;
}
