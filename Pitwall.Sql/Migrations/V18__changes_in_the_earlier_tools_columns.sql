-- V18: on a database Pitwall created, setup_changes gets the earlier tool's shape too (issue 18),
-- as V14 and V15 gave race_results and master_library theirs: its advisor's columns ai_reasoning
-- and decided_at, its default source 'ai', values as varchar(255), lap times as numeric(10,3),
-- and session_id and parameter NOT NULL (Pitwall always writes both). An adopted table already
-- has that shape, and nothing changes there. Values are remembered first, so U18 gives back the
-- exact shape and values.

DO $$
DECLARE
    memory jsonb;
BEGIN
    IF to_regclass('setup_changes') IS NULL
       OR NOT coalesce((SELECT (value::jsonb ->> 'created')::boolean FROM pitwall_rollback_memory WHERE key = 'V10 setup_changes'), false) THEN
        RETURN;
    END IF;

    SELECT jsonb_build_object(
        'rows', coalesce(jsonb_object_agg(c.id, jsonb_build_object('lap_time_before', c.lap_time_before, 'lap_time_after', c.lap_time_after)), '{}'),
        'session_nullable', (SELECT NOT attnotnull FROM pg_attribute WHERE attrelid = 'setup_changes'::regclass AND attname = 'session_id'),
        'parameter_nullable', (SELECT NOT attnotnull FROM pg_attribute WHERE attrelid = 'setup_changes'::regclass AND attname = 'parameter'))
    INTO memory
    FROM setup_changes c
    WHERE c.lap_time_before IS NOT NULL OR c.lap_time_after IS NOT NULL;

    ALTER TABLE setup_changes ADD COLUMN IF NOT EXISTS ai_reasoning text;
    ALTER TABLE setup_changes ADD COLUMN IF NOT EXISTS decided_at timestamp;
    ALTER TABLE setup_changes ALTER COLUMN source SET DEFAULT 'ai';
    IF NOT EXISTS (SELECT 1 FROM setup_changes WHERE char_length(old_value) > 255 OR char_length(new_value) > 255) THEN
        ALTER TABLE setup_changes ALTER COLUMN old_value TYPE varchar(255);
        ALTER TABLE setup_changes ALTER COLUMN new_value TYPE varchar(255);
    END IF;
    ALTER TABLE setup_changes ALTER COLUMN lap_time_before TYPE numeric(10,3);
    ALTER TABLE setup_changes ALTER COLUMN lap_time_after TYPE numeric(10,3);
    IF NOT EXISTS (SELECT 1 FROM setup_changes WHERE session_id IS NULL) THEN
        ALTER TABLE setup_changes ALTER COLUMN session_id SET NOT NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM setup_changes WHERE parameter IS NULL) THEN
        ALTER TABLE setup_changes ALTER COLUMN parameter SET NOT NULL;
    END IF;

    INSERT INTO pitwall_rollback_memory (key, value)
    VALUES ('V18 setup_changes', memory::text)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, saved_at = now();
END
$$;
