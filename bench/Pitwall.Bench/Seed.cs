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

    /// <summary>The deployment's library: this many entries over 8 brands, 300 tracks and 5,000 drivers, a date each.</summary>
    public static string Library(int count) => $$"""

        INSERT INTO master_library (brand, vehicle_model, track_name, traction, surface_condition, source, driver_name, event_name,
                                    setup, submitted_by, date_created)
        SELECT (ARRAY['Mugen','Tekno','Xray','Associated','Kyosho','HB','Losi','Sworkz'])[1 + n % 8], 'Model ' || (n % 40),
               'Track ' || (n % 300), (ARRAY['Low','Medium','High'])[1 + n % 3], (ARRAY['Dry','Dusty','Wet'])[1 + n % 3], 'Pro sheet',
               'Driver ' || (n % 5000), 'Event ' || (n % 2000), (SELECT baseline_setup FROM vehicles ORDER BY id LIMIT 1),
               1 + n % 20, date '2020-01-01' + (n % 2000)
        FROM generate_series(1, {{count}}) n;
        """;

    /// <summary>The name of the car <see cref="BigCar"/> makes.</summary>
    public const string BigCarName = "Thousand";

    /// <summary>
    /// Racer 02's one car, raced for years: this many sessions (full setups, one change each) with
    /// so many heats of 30 laps each.
    /// </summary>
    public static string BigCar(int sessions, int heats) => $$"""

        INSERT INTO vehicles (profile_id, brand, model, nickname, transponder, baseline_setup)
        SELECT 2, 'Mugen', 'MBX8R', '{{BigCarName}}', '2000001', baseline_setup FROM vehicles ORDER BY id LIMIT 1;
        INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, track_name, session_date, actual_setup, status, created_at)
        SELECT 2, v.id, 'Session ' || n, (ARRAY['Practice','Qualifier','Main'])[1 + n % 3], 'Track ' || (n % 30), date '2023-01-01' + n,
               v.baseline_setup || jsonb_build_object('SO_F', 400 + n % 10 * 10), 'active', timestamp '2023-01-01' + n * interval '1 day'
        FROM vehicles v CROSS JOIN generate_series(1, {{sessions}}) n WHERE v.nickname = '{{BigCarName}}';
        INSERT INTO race_results (session_id, profile_id, heat_name, race_class, position, lap_times, laps_completed, best_lap, average_lap, total_time, consistency)
        SELECT s.id, 2, 'Heat ' || h, '1/8 Nitro Buggy', h + 1, jsonb_agg(l.lap ORDER BY l.g), 30, min(l.lap), avg(l.lap),
               make_interval(secs => sum(l.lap)), 100 - 100 * stddev_samp(l.lap) / avg(l.lap)
        FROM sessions s JOIN vehicles v ON v.id = s.vehicle_id AND v.nickname = '{{BigCarName}}'
        CROSS JOIN generate_series(1, {{heats}}) h
        CROSS JOIN LATERAL (SELECT g, round(24 + ((g + s.id) * 7 % 11) * 0.137 + h * 0.05, 3) AS lap FROM generate_series(1, 30) g) l
        GROUP BY s.id, h;
        INSERT INTO setup_changes (session_id, vehicle_id, parameter, old_value, new_value, lap_time_before, lap_time_after,
                                   source, status, compared_with, created_at)
        SELECT s.id, s.vehicle_id, 'SO_F', '450', s.actual_setup->>'SO_F', 24.3, 24.1, 'manual', 'accepted', 'baseline', s.created_at
        FROM sessions s JOIN vehicles v ON v.id = s.vehicle_id AND v.nickname = '{{BigCarName}}';
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
