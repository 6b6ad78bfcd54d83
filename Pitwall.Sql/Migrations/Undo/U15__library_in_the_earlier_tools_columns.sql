-- U15: undo of V15. Gives master_library back the shape it had before (Pitwall's model renamed
-- back or added again before notes, as V12 left them; the tool's columns V15 added dropped; a
-- table V12 created gets its types, defaults, nullable columns and no tool indexes back) and
-- every value V15 changed, from what V15 remembered.
DO $$
DECLARE
    memory jsonb;
    col text;
    spec jsonb;
BEGIN
    SELECT value::jsonb INTO memory FROM pitwall_rollback_memory WHERE key = 'V15 master_library';
    IF memory IS NULL OR to_regclass('master_library') IS NULL THEN
        DELETE FROM pitwall_rollback_memory WHERE key = 'V15 master_library';
        RETURN;
    END IF;

    IF (memory ->> 'created')::boolean THEN
        DROP INDEX IF EXISTS idx_library_track;
        DROP INDEX IF EXISTS idx_library_vehicle;
    END IF;
    CASE memory ->> 'done'
        WHEN 'renamed' THEN
            ALTER TABLE master_library RENAME COLUMN vehicle_model TO model;
        WHEN 'merged' THEN
            EXECUTE format('ALTER TABLE master_library ADD COLUMN model %s', memory -> 'types' -> 'model' ->> 'type');
            -- V12 added notes after model: keep that order.
            IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'master_library'::regclass AND attname = 'notes' AND NOT attisdropped) THEN
                ALTER TABLE master_library RENAME COLUMN notes TO pitwall_notes_moving;
                ALTER TABLE master_library ADD COLUMN notes text;
                UPDATE master_library SET notes = pitwall_notes_moving;
                ALTER TABLE master_library DROP COLUMN pitwall_notes_moving;
            END IF;
        ELSE NULL;
    END CASE;
    FOR col IN SELECT jsonb_array_elements_text(memory -> 'missing') LOOP
        IF col <> 'vehicle_model' OR memory ->> 'done' IS NULL THEN
            EXECUTE format('ALTER TABLE master_library DROP COLUMN IF EXISTS %I', col);
        END IF;
    END LOOP;

    FOR col, spec IN SELECT key, value FROM jsonb_each(memory -> 'types') LOOP
        CONTINUE WHEN NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'master_library'::regclass AND attname = col AND NOT attisdropped);
        EXECUTE format('ALTER TABLE master_library ALTER COLUMN %I TYPE %s', col, spec ->> 'type');
        EXECUTE CASE WHEN (spec ->> 'notnull')::boolean THEN format('ALTER TABLE master_library ALTER COLUMN %I SET NOT NULL', col)
                     ELSE format('ALTER TABLE master_library ALTER COLUMN %I DROP NOT NULL', col) END;
        EXECUTE CASE WHEN spec ->> 'default' IS NULL THEN format('ALTER TABLE master_library ALTER COLUMN %I DROP DEFAULT', col)
                     ELSE format('ALTER TABLE master_library ALTER COLUMN %I SET DEFAULT %s', col, spec ->> 'default') END;
        EXECUTE format($q$
            UPDATE master_library m SET %1$I = (jsonb_populate_record(NULL::master_library, jsonb_build_object(%1$L, r.value -> %1$L))).%1$I
            FROM jsonb_each(%2$L::jsonb) r
            WHERE m.id = r.key::int AND m.%1$I::text IS DISTINCT FROM (jsonb_populate_record(NULL::master_library, jsonb_build_object(%1$L, r.value -> %1$L))).%1$I::text$q$,
            col, memory -> 'rows');
    END LOOP;
    DELETE FROM pitwall_rollback_memory WHERE key = 'V15 master_library';
END
$$;
