-- What "Save to library" copies from a session of the active racer: its car's brand and
-- model, conditions and setup (the track is the racer's, from the form); held FOR SHARE while
-- the entry is written.
SELECT v.brand, v.model, s.traction, s.surface_condition AS surfacecondition,
       coalesce(s.actual_setup, '{}')::text AS setup
FROM sessions s
JOIN vehicles v ON v.id = s.vehicle_id
WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser)
FOR SHARE OF s;
