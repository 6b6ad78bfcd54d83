-- The printed sheet of a car's baseline (of the active racer), as one JSON document: racer,
-- car and transponder, the baseline; nothing for another racer's car.
SELECT json_build_object(
    'racerName', r.name, 'brand', v.brand, 'model', v.model, 'nickname', v.nickname, 'transponder', v.transponder,
    'baseline', coalesce(v.baseline_setup, '{}'))::text
FROM vehicles v
JOIN racer_profiles r ON r.id = v.profile_id
WHERE v.id = @id AND v.profile_id = pitwall_active_racer(@browser);
