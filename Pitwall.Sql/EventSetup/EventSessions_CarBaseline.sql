-- The baseline a new draft starts from: one of the active racer's cars, held (FOR SHARE)
-- until the draft is inserted so that it copies the baseline as it is at that moment.
SELECT coalesce(v.baseline_setup, '{}')::text
FROM vehicles v
WHERE v.id = @car AND v.profile_id = pitwall_active_racer(@browser)
FOR SHARE;
