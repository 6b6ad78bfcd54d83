-- Where an entry can go for the active racer, as two sets that follow the entry itself
-- (Library_Get, sent in the same command: one round trip): their drafts with the car's name,
-- newest first, and their cars, those of the entry's brand and model first.
SELECT s.id, s.session_name AS name, s.session_date AS date, concat_ws(' ', v.brand, v.model, v.nickname) AS car
FROM sessions s JOIN vehicles v ON v.id = s.vehicle_id
WHERE s.profile_id = pitwall_active_racer(@browser) AND s.status = 'draft'
ORDER BY s.last_updated DESC NULLS LAST, s.id DESC;

SELECT v.id, concat_ws(' ', v.brand, v.model, v.nickname) AS label,
       lower(v.brand) = lower(e.brand) AND lower(v.model) = lower(e.model) AS samemodel
FROM vehicles v, (SELECT m.brand, m.vehicle_model AS model FROM master_library m WHERE m.id = @id) e
WHERE v.profile_id = pitwall_active_racer(@browser)
ORDER BY samemodel DESC NULLS LAST, lower(v.brand), lower(v.model), v.nickname NULLS FIRST, v.id;
