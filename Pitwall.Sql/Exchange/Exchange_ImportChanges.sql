-- The imported car's change log in one statement, in the file's order (so the new ids keep it).
-- Each row names its session and previous session by their index in the file's sessions;
-- @sessions holds the new session ids in that order. Lap times as the file holds them.
-- A change that names none of the file's sessions is kept without one where the table allows it
-- (Pitwall's own); the earlier tool's setup_changes (an adopted database's) requires a session,
-- so there it is left out, as the preview said (Exchange_ChangesNeedASession).
INSERT INTO setup_changes (session_id, vehicle_id, parameter, old_value, new_value, lap_time_before, lap_time_after,
                           source, status, created_at, outcome, compared_with, previous_session_id)
SELECT x.session_id, @car, x.value ->> 'parameter', x.value ->> 'oldValue',
       x.value ->> 'newValue', (x.value ->> 'lapTimeBefore')::numeric, (x.value ->> 'lapTimeAfter')::numeric,
       x.value ->> 'source', x.value ->> 'status', (x.value ->> 'createdAt')::timestamp, x.value ->> 'outcome',
       x.value ->> 'comparedWith', (@sessions::int[])[(x.value ->> 'previousSession')::int + 1]
FROM (SELECT e.value, e.n, (@sessions::int[])[(e.value ->> 'session')::int + 1] AS session_id
      FROM jsonb_array_elements(@changes::jsonb) WITH ORDINALITY AS e(value, n)) x
WHERE x.session_id IS NOT NULL
   OR NOT (SELECT a.attnotnull FROM pg_attribute a
           WHERE a.attrelid = 'setup_changes'::regclass AND a.attname = 'session_id' AND NOT a.attisdropped)
ORDER BY x.n;
