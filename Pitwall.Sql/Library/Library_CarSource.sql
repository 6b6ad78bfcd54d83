-- What "Save to library" copies from a car of the active racer: brand, model and baseline
-- (the track is the racer's, from the form); held FOR SHARE while the entry is written.
SELECT v.brand, v.model, NULL::text AS traction, NULL::text AS surfacecondition,
       coalesce(v.baseline_setup, '{}')::text AS setup
FROM vehicles v
WHERE v.id = @id AND v.profile_id = pitwall_active_racer(@browser)
FOR SHARE;
