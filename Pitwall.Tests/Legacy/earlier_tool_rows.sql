-- Rows in the shapes the earlier tool wrote them (LEGACY.md): empty strings for email and
-- nickname, numbers as text with units or a decimal comma, placeholders ("BLANK", 0), JSON
-- nulls, nested baselines and flat session setups (and the other way round, as hand edits
-- left them), its own session types and statuses, and the other tables referring to racers
-- and sessions (some without ON DELETE CASCADE). Racer ids follow the 'Default Racer' rows
-- the schema file inserted.
INSERT INTO teams (name) VALUES ('Team Nitro');

INSERT INTO racer_profiles (team_id, name, email, facebook, sponsors, created_at) VALUES
    (1, 'Ana', 'ana@example.com', 'ana.rc', '{"JQ","Hudy"}', '2023-06-01 10:00'),
    (NULL, 'Carla', '', NULL, '{}', '2024-02-01 09:30');

INSERT INTO vehicles (profile_id, brand, model, nickname, transponder, baseline_setup)
SELECT id, 'Mugen', 'MBX8R', '', '1234567', '{
    "diffs": {"front": 7000, "center": "10000", "rear": "3000wt"},
    "front": {"shock_oil": "450wt", "spring": "BLANK", "sway_bar": "2,3", "pistons": "1.2x4", "toe": 0,
              "ride_height": null, "camber": "-2,0", "droop": 5, "shock_travel": "2", "bump_stop": "yes"},
    "rear": {"shock_oil": 500, "spring": "Gold", "shock_travel": "Outer", "toe": "3"},
    "tires": {"tread": "Chunky", "compound": "Green"},
    "power": {"engine": "REDS R5", "venturi": "7mm", "bell": 13, "spur": "BLANK", "clutch": null, "pipe": "2113"},
    "notes": "keep me"}'
FROM racer_profiles WHERE name = 'Ana';

INSERT INTO vehicles (profile_id, brand, model, nickname, baseline_setup)
SELECT id, 'Tekno', 'NB48 2.2', NULL, '{"DF": "5000", "SO_F": "600", "Venturi": "6.5", "ST_R": "Inner"}'
FROM racer_profiles WHERE name = 'Ana';

INSERT INTO vehicles (profile_id, brand, model, nickname, transponder, baseline_setup)
SELECT id, 'Xray', 'XB8', 'Spare', NULL, '{}'
FROM racer_profiles WHERE name = 'Carla';

INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name, track_size,
                      traction, actual_setup, weather, status, racing_classes)
SELECT v.profile_id, v.id, 'Saturday practice', 'Practice', '2024-05-04', 'Thunder Alley', 'Medium', 'High',
       '{"DF": 7000, "SO_F": "450wt", "SO_R": "2,0", "C_F": "-2,0", "Venturi": "7mm", "ST_F": "2", "Bell": 0, "Spur": null, "tire_temp": 41}',
       '{"temp_c": 24}', 'completed', '{"1/8 Nitro Buggy"}'
FROM vehicles v WHERE v.brand = 'Mugen';

INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, session_date, track_name, actual_setup, status)
SELECT v.profile_id, v.id, 'Q2', 'Qualifying', '2024-05-05', 'Thunder Alley',
       '{"front": {"shock_oil": 550, "shock_travel": "3"}, "power": {"venturi": "7.5mm"}, "DR": "3000"}', 'closed'
FROM vehicles v WHERE v.brand = 'Mugen';

INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, actual_setup, status)
SELECT v.profile_id, v.id, 'Club night', 'Club Race', '{"SO_F": "600"}', 'draft'
FROM vehicles v WHERE v.brand = 'Tekno';

INSERT INTO sessions (profile_id, vehicle_id, session_name, session_type, actual_setup, status)
SELECT v.profile_id, v.id, 'Main event', 'Race', '{}', 'archived'
FROM vehicles v WHERE v.brand = 'Xray';

INSERT INTO setup_changes (session_id, vehicle_id, parameter, old_value, new_value, lap_time_before, lap_time_after, source, status)
SELECT s.id, s.vehicle_id, 'front.shock_oil', '450wt', '550', 42.51, 42.10, 'ai', 'accepted'
FROM sessions s WHERE s.session_name = 'Q2';

INSERT INTO master_library (submitted_by, brand, model, track_name, traction, source, driver_name, setup)
SELECT id, 'Mugen', 'MBX8R', 'Thunder Alley', 'High', 'Pro sheet', 'A. Pro', '{"SO_F": "450wt", "P_F": "1.2x4", "unknown_key": 1}'
FROM racer_profiles WHERE name = 'Ana';

INSERT INTO race_results (session_id, profile_id, heat, position, laps_completed, best_lap, average_lap, lap_times, liverc_id)
SELECT s.id, s.profile_id, 'Q2', 3, 12, 41.9, 42.6, '[42.1, "41.9", 43.0]', 'LRC-123'
FROM sessions s WHERE s.session_name = 'Q2';

INSERT INTO media (session_id, url) SELECT id, 'https://example.com/q2.jpg' FROM sessions WHERE session_name = 'Q2';
INSERT INTO pit_wall_messages (profile_id, message) SELECT id, 'Box this lap' FROM racer_profiles WHERE name = 'Carla';
INSERT INTO theory_documents (title, content) VALUES ('Diff oils', 'Thicker center diff, more on-power steering.');
INSERT INTO activity_log (profile_id, action, details)
SELECT id, 'session_created', '{"session": "Q2"}' FROM racer_profiles WHERE name = 'Ana';
