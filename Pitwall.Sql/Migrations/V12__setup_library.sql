-- V12: the setup library. Setups shared by every racer of the deployment live in the earlier
-- tool's master_library table, which adopted databases already have (their rows and columns
-- kept as they are); a fresh database gets it here. Missing columns are added without
-- defaults (a default would stamp every adopted row), `notes` among them (the earlier tool had
-- none), and what was added is noted for U12. Setups are stored flat ({"SO_F": 500}), as that
-- tool stored them; Pitwall always writes created_at itself.

INSERT INTO pitwall_rollback_memory (key, value)
SELECT 'V12 master_library', json_build_object(
    'created', to_regclass('master_library') IS NULL,
    'added', coalesce((
        SELECT json_agg(c.name)
        FROM unnest(ARRAY['submitted_by', 'brand', 'model', 'track_name', 'traction', 'surface_condition', 'source',
                          'driver_name', 'event_name', 'setup', 'created_at', 'notes']) AS c(name)
        WHERE to_regclass('master_library') IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM pg_attribute a
                          WHERE a.attrelid = to_regclass('master_library') AND a.attname = c.name AND NOT a.attisdropped)), '[]'))::text
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, saved_at = now();

-- On a fresh database a racer's entries outlive the racer (the library is the team's).
CREATE TABLE IF NOT EXISTS master_library (
    id                serial PRIMARY KEY,
    submitted_by      integer REFERENCES racer_profiles (id) ON DELETE SET NULL,
    brand             varchar(100),
    model             varchar(100),
    track_name        varchar(255),
    traction          varchar(50),
    surface_condition varchar(50),
    source            varchar(100),
    driver_name       varchar(255),
    event_name        varchar(255),
    setup             jsonb DEFAULT '{}',
    created_at        timestamp DEFAULT CURRENT_TIMESTAMP,
    notes             text
);
ALTER TABLE master_library ADD COLUMN IF NOT EXISTS submitted_by      integer REFERENCES racer_profiles (id) ON DELETE SET NULL;
ALTER TABLE master_library ADD COLUMN IF NOT EXISTS brand             varchar(100);
ALTER TABLE master_library ADD COLUMN IF NOT EXISTS model             varchar(100);
ALTER TABLE master_library ADD COLUMN IF NOT EXISTS track_name        varchar(255);
ALTER TABLE master_library ADD COLUMN IF NOT EXISTS traction          varchar(50);
ALTER TABLE master_library ADD COLUMN IF NOT EXISTS surface_condition varchar(50);
ALTER TABLE master_library ADD COLUMN IF NOT EXISTS source            varchar(100);
ALTER TABLE master_library ADD COLUMN IF NOT EXISTS driver_name       varchar(255);
ALTER TABLE master_library ADD COLUMN IF NOT EXISTS event_name        varchar(255);
ALTER TABLE master_library ADD COLUMN IF NOT EXISTS setup             jsonb;
ALTER TABLE master_library ADD COLUMN IF NOT EXISTS created_at        timestamp;
ALTER TABLE master_library ADD COLUMN IF NOT EXISTS notes             text;

-- The library's list: newest first.
CREATE INDEX IF NOT EXISTS idx_master_library_newest ON master_library (created_at DESC NULLS LAST, id DESC);
