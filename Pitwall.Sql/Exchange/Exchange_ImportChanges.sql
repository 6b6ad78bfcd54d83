-- The imported car's change log in one statement, in the file's order (so the new ids keep it).
-- Each row names its session and previous session by their index in the file's sessions;
-- @sessions holds the new session ids in that order. Lap times as the file holds them.
INSERT INTO setup_changes (session_id, vehicle_id, parameter, old_value, new_value, lap_time_before, lap_time_after,
                           source, status, created_at, outcome, compared_with, previous_session_id)
SELECT (@sessions::int[])[(e.value ->> 'session')::int + 1], @car, e.value ->> 'parameter', e.value ->> 'oldValue',
       e.value ->> 'newValue', (e.value ->> 'lapTimeBefore')::numeric, (e.value ->> 'lapTimeAfter')::numeric,
       e.value ->> 'source', e.value ->> 'status', (e.value ->> 'createdAt')::timestamp, e.value ->> 'outcome',
       e.value ->> 'comparedWith', (@sessions::int[])[(e.value ->> 'previousSession')::int + 1]
FROM jsonb_array_elements(@changes::jsonb) WITH ORDINALITY AS e(value, n)
ORDER BY e.n;
