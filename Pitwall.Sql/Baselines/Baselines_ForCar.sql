-- A car of the active racer with every baseline it had, newest first, with the session each came
-- from: a row per entry (one row without an entry when it has none yet); no row for another
-- racer's car.
SELECT v.id AS carid, v.brand, v.model, v.nickname,
       h.id, h.source, h.session_id AS sessionid, s.session_name AS sessionname, h.restored_from AS restoredfrom, h.saved_at AS savedat,
       h.setup = coalesce(v.baseline_setup, '{}') AS iscurrent
FROM vehicles v
LEFT JOIN baseline_history h ON h.vehicle_id = v.id
LEFT JOIN sessions s ON s.id = h.session_id
WHERE v.id = @car AND v.profile_id = pitwall_active_racer(@browser)
ORDER BY h.id DESC;
