-- V15: the setup library in the earlier tool's columns (issue 18). Its master_library names the
-- model vehicle_model, requires track_name, brand, vehicle_model and setup, and dates an entry
-- by date_created; V12 gave Pitwall its own model column beside it, so Pitwall's saves broke
-- on the tool's NOT NULLs and the tool never saw Pitwall's model.
-- * model: renamed to vehicle_model where the tool's column is missing (a table V12 created),
--   else merged into it (where it holds a value) and dropped.
-- * The tool's columns a table lacks are added: track_size, surface_type, verified (false),
--   upvotes (0), date_created (from created_at on existing rows, then CURRENT_DATE).
-- * On a table V12 created, the tool's types, defaults and NOT NULLs (a missing track, brand or
--   model becomes '', a missing setup {}), and the tool's indexes for its track and car filters.
-- * notes stays: the tool has no column for an entry's notes.
-- Every value changed is remembered first, so U15 gives back each shape exactly.

DO $$
DECLARE
    created boolean := coalesce((SELECT (value::jsonb ->> 'created')::boolean
                                 FROM pitwall_rollback_memory WHERE key = 'V12 master_library'), false);
    touched text[] := ARRAY['model', 'vehicle_model', 'track_name', 'brand', 'setup', 'source'];
    missing jsonb;
    types jsonb;
    memory jsonb;
    done text;
BEGIN
    IF to_regclass('master_library') IS NULL THEN
        RETURN;
    END IF;

    SELECT coalesce(jsonb_object_agg(a.attname, jsonb_build_object(
               'type', format_type(a.atttypid, a.atttypmod), 'notnull', a.attnotnull,
               'default', pg_get_expr(d.adbin, d.adrelid))), '{}') INTO types
    FROM pg_attribute a
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attrelid = 'master_library'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attname = ANY (touched);

    SELECT coalesce(jsonb_agg(c.name), '[]') INTO missing
    FROM unnest(ARRAY['vehicle_model', 'track_size', 'surface_type', 'verified', 'upvotes', 'date_created']) AS c(name)
    WHERE NOT EXISTS (SELECT 1 FROM pg_attribute a
                      WHERE a.attrelid = 'master_library'::regclass AND a.attname = c.name AND NOT a.attisdropped);

    -- Rows this migration changes: all of a table V12 created (their NOT NULLs), elsewhere those with Pitwall's model.
    EXECUTE format($q$
        SELECT jsonb_build_object('created', %L::boolean, 'types', %L::jsonb, 'missing', %L::jsonb,
                                  'rows', coalesce(jsonb_object_agg(m.id, (SELECT jsonb_object_agg(key, value)
                                                                           FROM jsonb_each(to_jsonb(m)) WHERE key = ANY (%L))), '{}'))
        FROM master_library m
        WHERE %s$q$, created, types, missing, touched,
        CASE WHEN created THEN 'true' WHEN types ? 'model' THEN 'model IS NOT NULL' ELSE 'false' END) INTO memory;

    IF types ? 'model' AND types ? 'vehicle_model' THEN
        UPDATE master_library SET vehicle_model = model WHERE model IS NOT NULL AND vehicle_model IS DISTINCT FROM model;
        ALTER TABLE master_library DROP COLUMN model;
        done := 'merged';
    ELSIF types ? 'model' THEN
        ALTER TABLE master_library RENAME COLUMN model TO vehicle_model;
        done := 'renamed';
    END IF;

    ALTER TABLE master_library ADD COLUMN IF NOT EXISTS vehicle_model varchar(100);
    ALTER TABLE master_library ADD COLUMN IF NOT EXISTS track_size varchar(50);
    ALTER TABLE master_library ADD COLUMN IF NOT EXISTS surface_type varchar(50);
    ALTER TABLE master_library ADD COLUMN IF NOT EXISTS verified boolean DEFAULT false;
    ALTER TABLE master_library ADD COLUMN IF NOT EXISTS upvotes integer DEFAULT 0;
    IF missing ? 'date_created' THEN
        ALTER TABLE master_library ADD COLUMN date_created date;
        UPDATE master_library SET date_created = created_at::date;
        ALTER TABLE master_library ALTER COLUMN date_created SET DEFAULT CURRENT_DATE;
    END IF;

    IF created THEN
        UPDATE master_library SET track_name = coalesce(track_name, ''), brand = coalesce(brand, ''),
                                  vehicle_model = coalesce(vehicle_model, ''), setup = coalesce(setup, '{}')
        WHERE track_name IS NULL OR brand IS NULL OR vehicle_model IS NULL OR setup IS NULL;
        ALTER TABLE master_library ALTER COLUMN track_name SET NOT NULL;
        ALTER TABLE master_library ALTER COLUMN brand SET NOT NULL;
        ALTER TABLE master_library ALTER COLUMN vehicle_model SET NOT NULL;
        ALTER TABLE master_library ALTER COLUMN setup SET NOT NULL;
        ALTER TABLE master_library ALTER COLUMN setup DROP DEFAULT;
        ALTER TABLE master_library ALTER COLUMN source TYPE varchar(255);
        ALTER TABLE master_library ALTER COLUMN source SET DEFAULT 'User Upload';
        CREATE INDEX IF NOT EXISTS idx_library_track ON master_library (track_name);
        CREATE INDEX IF NOT EXISTS idx_library_vehicle ON master_library (brand, vehicle_model);
    END IF;

    INSERT INTO pitwall_rollback_memory (key, value)
    VALUES ('V15 master_library', (memory || jsonb_build_object('done', done))::text)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, saved_at = now();
END
$$;
