-- U2: undo of V2, giving back the schema racer_profiles had before it, without losing
-- which racer is the default:
-- - where the column existed before V2 (the earlier tool's schema file or its Phase 4.4
--   migration made it; V1.1 noted how), it stays with its values, nullable again with its
--   old default, and its old indexes come back in place of V2's unique one;
-- - where V2 added it, the index and the column go, as the old deployment guide's rollback
--   did, and the default racer's id is kept in pitwall_rollback_memory for V8 to restore
--   once V2 has run again.
DO $$
DECLARE
    before json;
    definition text;
BEGIN
    SELECT value::json INTO before FROM pitwall_rollback_memory WHERE key = 'V2 racer_profiles.is_default before';
    DROP INDEX IF EXISTS idx_racer_profiles_is_default;

    IF before IS NULL THEN
        INSERT INTO pitwall_rollback_memory (key, value)
        SELECT 'V8 default racer', id::text FROM racer_profiles WHERE is_default
        ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, saved_at = now();
        ALTER TABLE racer_profiles DROP COLUMN IF EXISTS is_default;
        RETURN;
    END IF;

    IF (before ->> 'nullable')::boolean THEN
        ALTER TABLE racer_profiles ALTER COLUMN is_default DROP NOT NULL;
    END IF;
    IF before ->> 'default' IS NULL THEN
        ALTER TABLE racer_profiles ALTER COLUMN is_default DROP DEFAULT;
    ELSE
        EXECUTE format('ALTER TABLE racer_profiles ALTER COLUMN is_default SET DEFAULT %s', before ->> 'default');
    END IF;
    FOR definition IN SELECT json_array_elements_text(before -> 'indexes') LOOP
        -- An index of the same name that V2 left alone (the schema file's) is still there.
        BEGIN
            EXECUTE definition;
        EXCEPTION WHEN duplicate_table THEN
            NULL;
        END;
    END LOOP;
END
$$;
