-- The active racer's car taken FOR UPDATE before a library setup becomes its baseline.
SELECT 'car' AS status, coalesce(v.baseline_setup, '{}')::text AS setup
FROM vehicles v
WHERE v.id = @id AND v.profile_id = pitwall_active_racer(@browser)
FOR UPDATE;
