-- V19: an index for every foreign key and for the reads a car's views make (issue 19).
-- 1. Every foreign key gets an index leading with its columns where none does yet: deleting a
--    racer, car or session then finds what refers to it without scanning (browser_sessions on
--    every racer delete, race_results.profile_id, baseline_history.session_id/restored_from,
--    master_library.submitted_by, and the earlier tool's media, pit_wall_messages and
--    activity_log). An adopted database keeps the tool's own indexes; only what is missing is made.
-- 2. sessions by car and by racer, in the orders their reads page them: by car newest first
--    (Performance, Changes, Compare and its offers, the exports, the lock's "previous session"),
--    by car newest made first (the Event Setup list, ten per car), by racer newest first (the
--    Compare picker's 60), and a racer's drafts (the open draft; the earlier tool's index of
--    the same name, made where missing).
-- 3. A car's change log in one place (the Changes view and the car file read it): the rows of
--    its sessions, looked up by session (OFFSET 0 keeps the planner from turning the lookups
--    into a hash join that scans all setup_changes), and a change of no session that names the
--    car. Both halves use an index; the OR the two reads had scanned setup_changes.
-- The names made are remembered, so U19 drops exactly those.

CREATE FUNCTION pitwall_car_changes(car integer) RETURNS SETOF setup_changes
    LANGUAGE sql STABLE
AS $$
    SELECT c.* FROM sessions s CROSS JOIN LATERAL (SELECT * FROM setup_changes x WHERE x.session_id = s.id OFFSET 0) c
    WHERE s.vehicle_id = car
    UNION ALL
    SELECT c.* FROM setup_changes c WHERE c.session_id IS NULL AND c.vehicle_id = car
$$;

DO $$
DECLARE
    fk record;
    name text;
    wanted text[][] := ARRAY[
        ['idx_sessions_vehicle_newest', '(vehicle_id, session_date DESC NULLS LAST, created_at DESC NULLS LAST, id DESC)'],
        ['idx_sessions_vehicle_created', '(vehicle_id, created_at DESC, id DESC)'],
        ['idx_sessions_profile_newest', '(profile_id, session_date DESC NULLS LAST, id DESC)'],
        ['idx_sessions_draft_updated', '(profile_id, last_updated DESC) WHERE ((status)::text = ''draft''::text)']];
    pair text[];
    made text[] := ARRAY[]::text[];
BEGIN
    FOREACH pair SLICE 1 IN ARRAY wanted LOOP
        CONTINUE WHEN to_regclass(pair[1]) IS NOT NULL;
        EXECUTE format('CREATE INDEX %I ON sessions %s', pair[1], pair[2]);
        made := made || pair[1];
    END LOOP;

    FOR fk IN
        SELECT c.conrelid::regclass AS tbl, c.conrelid AS rel, c.conkey,
               (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.n)
                FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
               (SELECT string_agg(a.attname, '_' ORDER BY k.n)
                FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS suffix
        FROM pg_constraint c
        WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
        ORDER BY c.conrelid::regclass::text, c.conname
    LOOP
        CONTINUE WHEN EXISTS (SELECT 1 FROM pg_index i
                              WHERE i.indrelid = fk.rel AND (i.indkey::int2[])[0:cardinality(fk.conkey) - 1] = fk.conkey);
        name := left(format('idx_%s_%s', fk.tbl, fk.suffix), 63);
        EXECUTE format('CREATE INDEX %I ON %s (%s)', name, fk.tbl, fk.columns);
        made := made || name;
    END LOOP;

    INSERT INTO pitwall_rollback_memory (key, value)
    VALUES ('V19 indexes', to_jsonb(made)::text)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, saved_at = now();
END
$$;
