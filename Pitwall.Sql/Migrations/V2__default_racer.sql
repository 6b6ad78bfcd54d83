-- V2: the Phase 4.4 "default racer" migration of the earlier tool, made exact and
-- idempotent. Adds is_default when missing, picks one default ('Default Racer' if any,
-- else the oldest racer) whenever there are zero or several, and backs the rule
-- "at most one default" with a partial UNIQUE index. Never rewrites the table: the
-- column is added with a constant default (metadata only) and only changed rows are updated.

ALTER TABLE racer_profiles ADD COLUMN IF NOT EXISTS is_default boolean NOT NULL DEFAULT false;

-- After Phase 4.4 the column was nullable; hand edits may have left NULLs.
UPDATE racer_profiles SET is_default = false WHERE is_default IS NULL;
ALTER TABLE racer_profiles ALTER COLUMN is_default SET DEFAULT false;
ALTER TABLE racer_profiles ALTER COLUMN is_default SET NOT NULL;

-- Keep an existing single default; among several (or none) prefer 'Default Racer', then the oldest.
WITH chosen AS (
    SELECT id
    FROM racer_profiles
    ORDER BY is_default DESC, (name = 'Default Racer') DESC, created_at ASC NULLS LAST, id ASC
    LIMIT 1
)
UPDATE racer_profiles AS r
SET is_default = (r.id = chosen.id)
FROM chosen
WHERE r.is_default <> (r.id = chosen.id);

-- Phase 4.4 created a plain index of this name; replace anything that is not the unique one.
DO $$
BEGIN
    IF EXISTS (
        SELECT 1
        FROM pg_index i
        JOIN pg_class c ON c.oid = i.indexrelid
        WHERE c.relname = 'idx_racer_profiles_is_default'
          AND c.relnamespace = current_schema()::regnamespace
          AND NOT i.indisunique
    ) THEN
        DROP INDEX idx_racer_profiles_is_default;
    END IF;
END
$$;

CREATE UNIQUE INDEX IF NOT EXISTS idx_racer_profiles_is_default
    ON racer_profiles (is_default) WHERE is_default;
