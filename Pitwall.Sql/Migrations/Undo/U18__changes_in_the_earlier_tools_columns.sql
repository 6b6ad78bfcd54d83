-- U18: undo of V18, on a setup_changes V10 created: V10's shape back, and the lap times exactly
-- as they were before numeric(10,3) rounded them.
DO $$
DECLARE
    memory jsonb;
BEGIN
    SELECT value::jsonb INTO memory FROM pitwall_rollback_memory WHERE key = 'V18 setup_changes';
    IF memory IS NULL OR to_regclass('setup_changes') IS NULL THEN
        RETURN;
    END IF;

    ALTER TABLE setup_changes DROP COLUMN IF EXISTS ai_reasoning;
    ALTER TABLE setup_changes DROP COLUMN IF EXISTS decided_at;
    ALTER TABLE setup_changes ALTER COLUMN source DROP DEFAULT;
    ALTER TABLE setup_changes ALTER COLUMN old_value TYPE text;
    ALTER TABLE setup_changes ALTER COLUMN new_value TYPE text;
    ALTER TABLE setup_changes ALTER COLUMN lap_time_before TYPE numeric;
    ALTER TABLE setup_changes ALTER COLUMN lap_time_after TYPE numeric;
    IF (memory ->> 'session_nullable')::boolean THEN
        ALTER TABLE setup_changes ALTER COLUMN session_id DROP NOT NULL;
    END IF;
    IF (memory ->> 'parameter_nullable')::boolean THEN
        ALTER TABLE setup_changes ALTER COLUMN parameter DROP NOT NULL;
    END IF;
    UPDATE setup_changes c
    SET lap_time_before = (m.value ->> 'lap_time_before')::numeric, lap_time_after = (m.value ->> 'lap_time_after')::numeric
    FROM jsonb_each(memory -> 'rows') m
    WHERE c.id = m.key::int;
    DELETE FROM pitwall_rollback_memory WHERE key = 'V18 setup_changes';
END
$$;
