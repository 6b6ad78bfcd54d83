-- Where an entry can go for the active racer, as one JSON document: their drafts (with the
-- car's name) and their cars, the cars of the entry's brand and model first.
WITH racer AS (SELECT pitwall_active_racer(@browser) AS id),
entry AS (SELECT m.brand, m.vehicle_model AS model FROM master_library m WHERE m.id = @id)
SELECT json_build_object(
    'drafts', coalesce((
        SELECT json_agg(json_build_object('id', s.id, 'name', s.session_name, 'date', s.session_date,
                                          'car', concat_ws(' ', v.brand, v.model, v.nickname))
                        ORDER BY s.last_updated DESC NULLS LAST, s.id DESC)
        FROM sessions s JOIN vehicles v ON v.id = s.vehicle_id, racer
        WHERE s.profile_id = racer.id AND s.status = 'draft'), '[]'),
    'cars', coalesce((
        SELECT json_agg(json_build_object('id', v.id, 'label', concat_ws(' ', v.brand, v.model, v.nickname),
                                          'sameModel', lower(v.brand) = lower(e.brand) AND lower(v.model) = lower(e.model))
                        ORDER BY (lower(v.brand) = lower(e.brand) AND lower(v.model) = lower(e.model)) DESC NULLS LAST,
                                 lower(v.brand), lower(v.model), v.nickname NULLS FIRST, v.id)
        FROM vehicles v, racer, entry e
        WHERE v.profile_id = racer.id), '[]')
)::text
FROM entry;
