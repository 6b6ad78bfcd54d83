-- U14: undo of V14. Gives race_results back the shape it had before (Pitwall's heat,
-- racing_class and liverc_id renamed back or added again in V9's order, total_time numeric
-- again where it was, the figures' old types, profile_id nullable and updated_at on a table
-- V9 created) and every value V14 changed or dropped, from what V14 remembered.
DO $$
DECLARE
    memory jsonb;
    pairs text[][] := ARRAY[['heat', 'heat_name'], ['racing_class', 'race_class'], ['liverc_id', 'liverc_event_id']];
    pair text[];
    col text;
    kept text[];
    lap_time_trigger text;
BEGIN
    SELECT value::jsonb INTO memory FROM pitwall_rollback_memory WHERE key = 'V14 race_results';
    IF memory IS NULL OR to_regclass('race_results') IS NULL THEN
        DELETE FROM pitwall_rollback_memory WHERE key = 'V14 race_results';
        RETURN;
    END IF;

    IF (memory ->> 'added_driver_id')::boolean THEN
        ALTER TABLE race_results DROP COLUMN liverc_driver_id;
    END IF;
    FOREACH pair SLICE 1 IN ARRAY pairs LOOP
        CASE memory -> 'done' ->> pair[1]
            WHEN 'renamed' THEN
                EXECUTE format('ALTER TABLE race_results RENAME COLUMN %I TO %I', pair[2], pair[1]);
                EXECUTE format('ALTER TABLE race_results ALTER COLUMN %I TYPE %s', pair[1], memory -> 'types' ->> pair[1]);
            WHEN 'merged' THEN
                EXECUTE format('ALTER TABLE race_results ADD COLUMN %I %s', pair[1], memory -> 'types' ->> pair[1]);
            ELSE NULL;
        END CASE;
    END LOOP;
    -- V10's trigger names best_lap, whose type cannot change under it: stepped aside, then put back as it was.
    SELECT pg_get_triggerdef(t.oid) INTO lap_time_trigger
    FROM pg_trigger t WHERE t.tgrelid = 'race_results'::regclass AND t.tgname = 'race_results_keep_change_lap_times';
    IF lap_time_trigger IS NOT NULL THEN
        DROP TRIGGER race_results_keep_change_lap_times ON race_results;
    END IF;
    IF memory -> 'types' ->> 'total_time' = 'numeric' THEN
        ALTER TABLE race_results ALTER COLUMN total_time TYPE numeric USING extract(epoch FROM total_time);
    END IF;
    FOREACH col IN ARRAY ARRAY['best_lap', 'average_lap', 'consistency'] LOOP
        IF memory -> 'types' ->> col <> 'numeric(10,3)' THEN
            EXECUTE format('ALTER TABLE race_results ALTER COLUMN %I TYPE %s', col, memory -> 'types' ->> col);
        END IF;
    END LOOP;
    IF lap_time_trigger IS NOT NULL THEN
        EXECUTE lap_time_trigger;
    END IF;
    IF (memory ->> 'created')::boolean THEN
        ALTER TABLE race_results ALTER COLUMN profile_id DROP NOT NULL;
        ALTER TABLE race_results ADD COLUMN IF NOT EXISTS updated_at timestamp DEFAULT CURRENT_TIMESTAMP;
    END IF;
    IF NOT (memory ->> 'profile_nullable')::boolean THEN
        ALTER TABLE race_results ALTER COLUMN profile_id SET NOT NULL;
    END IF;

    -- Every remembered value back, column by column (only columns the table has again).
    SELECT array_agg(a.attname::text) INTO kept
    FROM pg_attribute a
    WHERE a.attrelid = 'race_results'::regclass AND a.attnum > 0 AND NOT a.attisdropped
      AND a.attname IN (SELECT jsonb_object_keys(memory -> 'types') UNION SELECT 'updated_at');
    FOREACH col IN ARRAY coalesce(kept, ARRAY[]::text[]) LOOP
        EXECUTE format($q$
            UPDATE race_results r SET %1$I = (jsonb_populate_record(NULL::race_results, jsonb_build_object(%1$L, m.value -> %1$L))).%1$I
            FROM jsonb_each(%2$L::jsonb) m
            WHERE r.id = m.key::int AND r.%1$I::text IS DISTINCT FROM (jsonb_populate_record(NULL::race_results, jsonb_build_object(%1$L, m.value -> %1$L))).%1$I::text$q$,
            col, memory -> 'rows');
    END LOOP;
    DELETE FROM pitwall_rollback_memory WHERE key = 'V14 race_results';
END
$$;
