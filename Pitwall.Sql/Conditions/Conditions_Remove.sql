-- Removes entry @n from the conditions timeline of a session of the active racer; the key goes
-- when no entry is left, so a row the earlier tool wrote gets back its own shape. Every other key
-- is kept. Answers 'saved', or 'not_found' (no such entry, or not this racer's session).
WITH target AS (
    SELECT s.id, s.weather
    FROM sessions s
    WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser)
      AND jsonb_typeof(s.weather -> @key) = 'array'
      AND EXISTS (SELECT 1 FROM jsonb_array_elements(s.weather -> @key) x WHERE x ->> 'n' = @n::text)
    FOR UPDATE
),
kept AS (
    SELECT t.id, t.weather, (SELECT jsonb_agg(x ORDER BY o) FROM jsonb_array_elements(t.weather -> @key) WITH ORDINALITY AS e(x, o)
                             WHERE x ->> 'n' IS DISTINCT FROM @n::text) AS list
    FROM target t
),
saved AS (
    UPDATE sessions AS s
    SET weather = CASE WHEN k.list IS NULL THEN k.weather - @key ELSE k.weather || jsonb_build_object(@key, k.list) END
    FROM kept k
    WHERE s.id = k.id
    RETURNING s.id
)
SELECT CASE WHEN EXISTS (SELECT 1 FROM saved) THEN 'saved' ELSE 'not_found' END;
