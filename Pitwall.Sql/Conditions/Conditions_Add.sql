-- Appends an entry to the conditions timeline of a session of the active racer, in the earlier
-- tool's sessions.weather under the key Pitwall owns (@key), every other key kept as it is. The
-- entry is numbered one past the highest so far and stamped with the time; empty values are left
-- out. The row is taken FOR UPDATE so that two entries at once both land. Answers 'saved',
-- 'full' (@max entries already), 'unreadable' (weather is not an object: nothing to add to) or
-- 'not_found' (no such session of this racer).
WITH target AS (
    SELECT s.id, coalesce(s.weather, '{}'::jsonb) AS weather
    FROM sessions s
    WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser)
    FOR UPDATE
),
current AS (
    SELECT t.id, t.weather,
           CASE WHEN jsonb_typeof(t.weather) = 'object' AND jsonb_typeof(coalesce(t.weather -> @key, '[]')) = 'array'
                THEN coalesce(t.weather -> @key, '[]') END AS list
    FROM target t
),
saved AS (
    UPDATE sessions AS s
    SET weather = c.weather || jsonb_build_object(@key, c.list || jsonb_build_array(jsonb_strip_nulls(jsonb_build_object(
        'n', (SELECT coalesce(max((x ->> 'n')::int), 0) + 1 FROM jsonb_array_elements(c.list) x WHERE x ->> 'n' ~ '^[0-9]{1,9}$'),
        'at', now(), 'air_c', @airc::numeric, 'track_c', @trackc::numeric, 'humidity_pct', @humidity::int,
        'sky', @sky::text, 'grip', @grip::int, 'note', @note::text, 'unit', @unit::text))))
    FROM current c
    WHERE s.id = c.id AND c.list IS NOT NULL AND jsonb_array_length(c.list) < @max
    RETURNING s.id
)
SELECT CASE
    WHEN EXISTS (SELECT 1 FROM saved) THEN 'saved'
    WHEN EXISTS (SELECT 1 FROM current WHERE list IS NOT NULL) THEN 'full'
    WHEN EXISTS (SELECT 1 FROM current) THEN 'unreadable'
    ELSE 'not_found'
END;
