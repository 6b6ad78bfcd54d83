-- The setup a draft starts from instead of the baseline: a session of the active racer's, of the
-- car the draft is for. Held (FOR SHARE) until the draft is inserted. Nothing for another racer's
-- session or another car's.
SELECT coalesce(s.actual_setup, '{}')::text
FROM sessions s
WHERE s.id = @source AND s.vehicle_id = @car AND s.profile_id = pitwall_active_racer(@browser)
FOR SHARE;
