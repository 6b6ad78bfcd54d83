-- V1.1: what the earlier tool's real databases need before V2 can touch racer_profiles
-- (LEGACY.md, "What the real databases hold"). Numbered 1.1 so that it runs before V2 on
-- an adopted database; databases already past V2 get it too (Evolve's OutOfOrder).
--
-- 1. pitwall_rollback_memory: facts an undo needs later and a rollback must not lose. It
--    is bookkeeping, like Evolve's changelog: no undo drops it.
-- 2. The tool's schema file defines update_updated_at() setting NEW.updated_at and
--    NEW.last_updated and attaches it BEFORE UPDATE to racer_profiles, vehicles and
--    sessions; only sessions has last_updated, so every UPDATE of a racer or a car fails
--    (42703). The function is replaced by one that sets only the columns the row has, and
--    leaves timestamps alone while Pitwall migrates (pitwall.migrating), so adopting or
--    rolling back never looks like an edit. Its triggers stay; the original definition is
--    kept here and U1_1 puts it back. The notice says what was repaired.
-- 3. How racer_profiles.is_default looked before V2 (the schema file declares it nullable
--    with its own index idx_profiles_is_default; a half-applied Phase 4.4 leaves it with no
--    default racer), so that U2 can give back exactly that schema.

CREATE TABLE IF NOT EXISTS pitwall_rollback_memory (
    key      text PRIMARY KEY,
    value    text NOT NULL,
    saved_at timestamptz NOT NULL DEFAULT now()
);

DO $$
DECLARE
    legacy oid;
    broken text;
BEGIN
    SELECT p.oid INTO legacy
    FROM pg_proc p
    WHERE p.proname = 'update_updated_at' AND p.pronargs = 0
      AND p.pronamespace = current_schema()::regnamespace
      AND p.prorettype = 'trigger'::regtype
      AND p.prosrc NOT LIKE '%pitwall.migrating%';
    IF legacy IS NULL THEN
        RETURN; -- not a database of the earlier tool, or already repaired
    END IF;

    SELECT string_agg(DISTINCT c.relname, ', ' ORDER BY c.relname) INTO broken
    FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid
    WHERE t.tgfoid = legacy AND NOT t.tgisinternal
      AND (SELECT count(*) FROM pg_attribute a
           WHERE a.attrelid = c.oid AND a.attname IN ('updated_at', 'last_updated') AND NOT a.attisdropped) < 2;

    INSERT INTO pitwall_rollback_memory (key, value)
    VALUES ('V1_1 update_updated_at()', pg_get_functiondef(legacy))
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, saved_at = now();

    EXECUTE $fn$
        CREATE OR REPLACE FUNCTION update_updated_at() RETURNS trigger
            LANGUAGE plpgsql
        AS $body$
        BEGIN
            -- Repaired by Pitwall V1.1: the earlier tool's version set last_updated on tables without it.
            IF current_setting('pitwall.migrating', true) = 'on' THEN
                RETURN NEW;
            END IF;
            NEW := jsonb_populate_record(NEW, coalesce(
                (SELECT jsonb_object_agg(c, localtimestamp)
                 FROM unnest(ARRAY['updated_at', 'last_updated']) AS c
                 WHERE to_jsonb(NEW) ? c),
                '{}'));
            RETURN NEW;
        END
        $body$
    $fn$;

    RAISE NOTICE 'Repaired update_updated_at(): it now sets only the timestamp columns a table has (it failed every UPDATE of: %); its triggers are kept, the original is saved for U1_1',
        coalesce(broken, 'no table');
END
$$;

-- Before V2 only: where V2 already ran, its unique index is there and U2 knows what to do.
INSERT INTO pitwall_rollback_memory (key, value)
SELECT 'V2 racer_profiles.is_default before', json_build_object(
    'nullable', NOT a.attnotnull,
    'default', pg_get_expr(d.adbin, d.adrelid),
    'indexes', coalesce((
        SELECT json_agg(pg_get_indexdef(i.indexrelid) ORDER BY i.indexrelid)
        FROM pg_index i
        WHERE i.indrelid = a.attrelid AND a.attnum = ANY (i.indkey)), '[]'))::text
FROM pg_attribute a
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attrelid = to_regclass('racer_profiles') AND a.attname = 'is_default' AND NOT a.attisdropped
  AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indexrelid = to_regclass('idx_racer_profiles_is_default') AND i.indisunique)
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, saved_at = now();
