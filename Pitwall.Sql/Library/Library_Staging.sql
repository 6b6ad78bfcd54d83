-- An entry's setup beside the setup it would go into: the active racer's draft (@draft) or
-- the baseline of their car (@car). target is null when that draft or car is not theirs (or
-- the draft is locked).
SELECT coalesce(m.setup, '{}')::text AS source,
       CASE WHEN @draft::int IS NOT NULL THEN (
                SELECT coalesce(s.actual_setup, '{}')::text FROM sessions s
                WHERE s.id = @draft AND s.status = 'draft' AND s.profile_id = pitwall_active_racer(@browser))
            ELSE (
                SELECT coalesce(v.baseline_setup, '{}')::text FROM vehicles v
                WHERE v.id = @car AND v.profile_id = pitwall_active_racer(@browser))
       END AS target
FROM master_library m
WHERE m.id = @id;
