-- What reading a paste for a session of the active racer needs, in one read: the racer's name, the
-- session's car and its transponder ('' is none, as the earlier tool writes it), the session's
-- minimum lap for decoder passings (null: never set), the car number of the racer's newest choice
-- (this car's first), and every timing name the racer chose before. Nothing for another racer's session.
SELECT s.id AS sessionid, v.id AS carid, p.name AS racername, nullif(trim(v.transponder), '') AS transponder,
       t.minimum_lap AS minimumlap,
       (SELECT n.car_number FROM timing_names n
        WHERE n.profile_id = s.profile_id AND n.car_number IS NOT NULL
        ORDER BY n.vehicle_id IS NOT DISTINCT FROM v.id DESC, n.chosen_at DESC
        LIMIT 1) AS rememberedcarnumber,
       (SELECT string_agg(n.timing_key, E'\n') FROM timing_names n WHERE n.profile_id = s.profile_id) AS rememberedkeylines
FROM sessions s
JOIN vehicles v ON v.id = s.vehicle_id
JOIN racer_profiles p ON p.id = s.profile_id
LEFT JOIN session_timing t ON t.session_id = s.id
WHERE s.id = @sessionid AND s.profile_id = pitwall_active_racer(@browser);
