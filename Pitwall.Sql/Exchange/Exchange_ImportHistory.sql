-- The imported car's baseline history in one statement, oldest first. The new ids are drawn
-- from the sequence first, in the file's order, so an entry restored from an earlier one of the
-- file (restoredFrom, its index) names that entry's new id; session is an index into @sessions,
-- the new session ids. A reference within the one INSERT is checked at its end, when every row
-- is there.
WITH f AS (
    SELECT e.value AS h, e.n, nextval(pg_get_serial_sequence('baseline_history', 'id'))::int AS id
    FROM jsonb_array_elements(@entries::jsonb) WITH ORDINALITY AS e(value, n)
)
INSERT INTO baseline_history (id, vehicle_id, setup, source, session_id, restored_from, saved_at)
SELECT f.id, @car, f.h -> 'setup', f.h ->> 'source', (@sessions::int[])[(f.h ->> 'session')::int + 1],
       (SELECT earlier.id FROM f earlier WHERE earlier.n = (f.h ->> 'restoredFrom')::int + 1),
       coalesce((f.h ->> 'savedAt')::timestamptz, now())
FROM f
ORDER BY f.n;
