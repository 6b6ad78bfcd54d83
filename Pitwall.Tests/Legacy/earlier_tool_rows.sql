-- Rows in the shapes the earlier tool wrote them (LEGACY.md), into its real tables: '' for a
-- blank email, nickname and transponder; numbers as text with units or a decimal comma;
-- placeholders ("BLANK", 0); JSON nulls for blank cells; nested baselines and library setups
-- (every path, blanks as null) and flat session setups (and the other way round, as hand edits
-- left them); its own session types and statuses; results as its LiveRC harvester wrote them
-- (heat_name, race_class, an interval total_time, LiveRC's consistency %, event and driver
-- ids); changes as its advisor wrote them; and the other tables referring to racers and
-- sessions (some without ON DELETE CASCADE). Racer ids follow the 'Default Racer' rows the
-- schema file inserted. Names differ from the racers the HTTP tests create (Ana, Bruno).
INSERT INTO teams (name) VALUES ('Team Nitro');

INSERT INTO racer_profiles (team_id, name, email, facebook, sponsors, created_at) VALUES
    (1, 'Sam Rivers', 'sam@example.com', 'sam.rc', '{"JQ","Hudy"}', '2023-06-01 10:00'),
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
FROM racer_profiles WHERE name = 'Sam Rivers';

INSERT INTO vehicles (profile_id, brand, model, nickname, transponder, baseline_setup)
SELECT id, 'Tekno', 'NB48 2.2', NULL, NULL, '{"DF": "5000", "SO_F": "600", "Venturi": "6.5", "ST_R": "Inner"}'
FROM racer_profiles WHERE name = 'Sam Rivers';

INSERT INTO vehicles (profile_id, brand, model, nickname, transponder, baseline_setup)
SELECT id, 'Xray', 'XB8', 'Spare', '', '{}'
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

-- Its advisor's suggestion, accepted, with the lap time it was measured against.
INSERT INTO setup_changes (session_id, parameter, old_value, new_value, source, ai_reasoning, status, lap_time_before, lap_time_after)
SELECT s.id, 'front.shock_oil', '450wt', '550', 'ai', 'Thicker front oil for the rough back straight.', 'accepted', 42.51, 42.10
FROM sessions s WHERE s.session_name = 'Q2';

-- Its library entry: the sheet converted to the nested paths, every cell written, blanks as null.
INSERT INTO master_library (track_name, brand, vehicle_model, surface_condition, setup, source, driver_name, event_name,
                            submitted_by, date_created, created_at)
SELECT 'Thunder Alley', 'Mugen', 'MBX8R', 'Dry', '{
    "diffs": {"front": 7000, "center": 10000, "rear": null},
    "front": {"shock_oil": "450wt", "spring": null, "sway_bar": null, "pistons": "1.2x4", "toe": null, "ride_height": null,
              "camber": null, "droop": null, "shock_travel": null},
    "rear": {"shock_oil": null, "spring": null, "sway_bar": null, "pistons": null, "toe": null, "ride_height": null,
             "camber": null, "droop": null, "shock_travel": null},
    "tires": {"tread": null, "compound": "Green"},
    "power": {"engine": null, "pipe": null, "clutch": null, "bell": null, "spur": null, "venturi": null}}',
       'Pro sheet', 'A. Pro', 'Spring Nationals', id, '2024-04-20', '2024-04-20 18:00'
FROM racer_profiles WHERE name = 'Sam Rivers';

-- A flat entry left by a script, with a key the sheet does not know.
INSERT INTO master_library (track_name, brand, vehicle_model, traction, setup, source, submitted_by, date_created)
SELECT 'Mulligan', 'Xray', 'XB8', 'High', '{"SO_F": "500", "unknown_key": 1}', 'User Upload', id, '2024-03-02'
FROM racer_profiles WHERE name = 'Carla';

-- Its LiveRC harvester: a heat with laps, and a results-only line (no laps).
INSERT INTO race_results (session_id, profile_id, heat_name, race_class, position, laps_completed, total_time,
                          best_lap, average_lap, consistency, lap_times, liverc_event_id, liverc_driver_id)
SELECT s.id, s.profile_id, 'A-Main', '1/8 Nitro Buggy', 3, 3, interval '2 minutes 7 seconds', 41.9, 42.333, 98.62,
       '[42.1, 41.9, 43.0]', '381204', '77123'
FROM sessions s WHERE s.session_name = 'Q2';

INSERT INTO race_results (session_id, profile_id, heat_name, race_class, position, laps_completed, total_time,
                          best_lap, average_lap, consistency, liverc_event_id, liverc_driver_id)
SELECT s.id, s.profile_id, 'Q3', '1/8 Nitro Buggy', 5, 14, interval '00:10:02.337', 41.204, 43.024, 94.65, '381204', '77123'
FROM sessions s WHERE s.session_name = 'Saturday practice';

INSERT INTO media (session_id, profile_id, filename, file_type, media_type)
SELECT id, profile_id, 'q2.jpg', 'image/jpeg', 'photo' FROM sessions WHERE session_name = 'Q2';
INSERT INTO pit_wall_messages (team_id, profile_id, session_id, message, message_type)
SELECT 1, r.id, s.id, 'Box this lap', 'call-in'
FROM racer_profiles r JOIN sessions s ON s.profile_id = r.id AND s.session_name = 'Q2' WHERE r.name = 'Sam Rivers';
INSERT INTO theory_documents (filename, title, category, content) VALUES ('diff-oils.md', 'Diff oils', 'Diffs', 'Thicker center diff, more on-power steering.');
INSERT INTO activity_log (profile_id, session_id, action, details)
SELECT r.id, s.id, 'session_created', '{"session": "Q2"}'
FROM racer_profiles r JOIN sessions s ON s.profile_id = r.id AND s.session_name = 'Q2' WHERE r.name = 'Sam Rivers';
