-- V14: results in the earlier tool's columns and types (issue 18). Its race_results keeps the
-- heat in heat_name, the class in race_class, LiveRC's ids in liverc_event_id and
-- liverc_driver_id, total_time as an interval, the figures as numeric(10,3), and consistency
-- as LiveRC prints it (100 × (1 − s ÷ average lap), a percentage); V9 gave Pitwall's own
-- heat, racing_class, liverc_id beside them, so neither tool saw the other's heats.
-- * Where only Pitwall's column exists (a table V9 created), it is renamed to the tool's.
-- * Where both exist (an adopted table), Pitwall's value is merged into the tool's column
--   (where it holds one) and Pitwall's column goes.
-- * A numeric total_time becomes an interval; other figure types become numeric(10,3);
--   consistency written by Pitwall (the standard deviation s) becomes the percentage.
-- * liverc_driver_id is added where missing. On a table V9 created: profile_id NOT NULL, updated_at dropped
--   (never set after the insert, so equal to created_at), as the tool's table has it.
-- Every value changed or dropped is remembered first, so U14 gives back each shape exactly.

DO $$
DECLARE
    created boolean := coalesce((SELECT (value::jsonb ->> 'created')::boolean
                                 FROM pitwall_rollback_memory WHERE key = 'V9 race_results'), false);
    pairs text[][] := ARRAY[['heat', 'heat_name', 'varchar(255)'], ['racing_class', 'race_class', 'varchar(255)'],
                            ['liverc_id', 'liverc_event_id', 'varchar(100)']];
    touched text[] := ARRAY['heat', 'racing_class', 'liverc_id', 'heat_name', 'race_class', 'liverc_event_id',
                            'total_time', 'best_lap', 'average_lap', 'consistency', 'updated_at'];
    memory jsonb;
    done jsonb := '{}';
    types jsonb;
    pitwall_rows text;
    retyped boolean;
    lap_time_trigger text;
    pair text[];
    col text;
BEGIN
    IF to_regclass('race_results') IS NULL THEN
        RETURN;
    END IF;

    SELECT coalesce(jsonb_object_agg(a.attname, format_type(a.atttypid, a.atttypmod)), '{}') INTO types
    FROM pg_attribute a
    WHERE a.attrelid = 'race_results'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attname = ANY (touched);

    -- Rows Pitwall wrote: all of a table V9 created; elsewhere, those with Pitwall's heat.
    pitwall_rows := CASE WHEN created THEN 'true' WHEN types ? 'heat' THEN 'heat IS NOT NULL' ELSE 'false' END;
    retyped := types ->> 'total_time' = 'numeric'
               OR EXISTS (SELECT 1 FROM jsonb_each_text(types) t
                          WHERE t.key IN ('best_lap', 'average_lap', 'consistency') AND t.value <> 'numeric(10,3)');

    EXECUTE format($q$
        SELECT jsonb_build_object('created', %L::boolean, 'types', %L::jsonb,
                                  'profile_nullable', (SELECT NOT attnotnull FROM pg_attribute
                                                       WHERE attrelid = 'race_results'::regclass AND attname = 'profile_id'),
                                  'added_driver_id', NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'race_results'::regclass
                                                                     AND attname = 'liverc_driver_id' AND NOT attisdropped),
                                  'rows', coalesce(jsonb_object_agg(r.id, (SELECT jsonb_object_agg(key, value)
                                                                           FROM jsonb_each(to_jsonb(r)) WHERE key = ANY (%L))), '{}'))
        FROM race_results r
        WHERE %s$q$, created, types, touched, CASE WHEN retyped THEN 'true' ELSE pitwall_rows END) INTO memory;

    -- Pitwall stored the sample standard deviation s in consistency; the tool stores LiveRC's percentage.
    IF types ? 'consistency' AND types ? 'average_lap' THEN
        EXECUTE format('UPDATE race_results SET consistency = CASE WHEN average_lap > 0 THEN greatest(0, least(100, 100 - 100 * consistency / average_lap)) END
                        WHERE consistency IS NOT NULL AND (%s)', pitwall_rows);
    END IF;

    FOREACH pair SLICE 1 IN ARRAY pairs LOOP
        IF NOT types ? pair[1] THEN
            CONTINUE;
        ELSIF types ? pair[2] THEN
            EXECUTE format('UPDATE race_results SET %I = %I WHERE %I IS NOT NULL AND %I IS DISTINCT FROM %I',
                           pair[2], pair[1], pair[1], pair[2], pair[1]);
            EXECUTE format('ALTER TABLE race_results DROP COLUMN %I', pair[1]);
            done := done || jsonb_build_object(pair[1], 'merged');
        ELSE
            EXECUTE format('ALTER TABLE race_results RENAME COLUMN %I TO %I', pair[1], pair[2]);
            EXECUTE format('ALTER TABLE race_results ALTER COLUMN %I TYPE %s', pair[2], pair[3]);
            done := done || jsonb_build_object(pair[1], 'renamed');
        END IF;
    END LOOP;

    -- V10's trigger names best_lap, whose type cannot change under it: stepped aside, then put back as it was.
    SELECT pg_get_triggerdef(t.oid) INTO lap_time_trigger
    FROM pg_trigger t WHERE t.tgrelid = 'race_results'::regclass AND t.tgname = 'race_results_keep_change_lap_times';
    IF retyped AND lap_time_trigger IS NOT NULL THEN
        DROP TRIGGER race_results_keep_change_lap_times ON race_results;
    END IF;
    IF types ->> 'total_time' = 'numeric' THEN
        ALTER TABLE race_results ALTER COLUMN total_time TYPE interval USING make_interval(secs => total_time);
    END IF;
    FOREACH col IN ARRAY ARRAY['best_lap', 'average_lap', 'consistency'] LOOP
        IF types ? col AND types ->> col <> 'numeric(10,3)' THEN
            EXECUTE format('ALTER TABLE race_results ALTER COLUMN %I TYPE numeric(10,3)', col);
        END IF;
    END LOOP;
    IF retyped AND lap_time_trigger IS NOT NULL THEN
        EXECUTE lap_time_trigger;
    END IF;

    ALTER TABLE race_results ADD COLUMN IF NOT EXISTS liverc_driver_id varchar(100);
    IF created THEN
        ALTER TABLE race_results DROP COLUMN IF EXISTS updated_at;
        IF NOT EXISTS (SELECT 1 FROM race_results WHERE profile_id IS NULL) THEN
            ALTER TABLE race_results ALTER COLUMN profile_id SET NOT NULL;
        END IF;
    END IF;

    INSERT INTO pitwall_rollback_memory (key, value)
    VALUES ('V14 race_results', (memory || jsonb_build_object('done', done))::text)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, saved_at = now();
END
$$;
