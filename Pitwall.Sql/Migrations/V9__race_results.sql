-- V9: the run log. Results of a session (one per heat) live in the earlier tool's
-- race_results table, which adopted databases already have (with columns of their own,
-- kept as they are); a fresh database gets it here. Only the columns Pitwall reads and
-- writes are added where missing (no timestamps: a column added with a default would stamp
-- every adopted row with the time of the migration), and what was added is noted for U9. Figures are stored
-- where that table's design keeps them: laps_completed, best_lap, average_lap, total_time,
-- lap_times (a JSON array of seconds) and consistency (the sample standard deviation, s).

INSERT INTO pitwall_rollback_memory (key, value)
SELECT 'V9 race_results', json_build_object(
    'created', to_regclass('race_results') IS NULL,
    'added', coalesce((
        SELECT json_agg(c.name)
        FROM unnest(ARRAY['session_id', 'profile_id', 'heat', 'racing_class', 'position', 'laps_completed', 'best_lap',
                          'average_lap', 'total_time', 'consistency', 'lap_times', 'liverc_id']) AS c(name)
        WHERE to_regclass('race_results') IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM pg_attribute a
                          WHERE a.attrelid = to_regclass('race_results') AND a.attname = c.name AND NOT a.attisdropped)), '[]'))::text
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, saved_at = now();

CREATE TABLE IF NOT EXISTS race_results (
    id             serial PRIMARY KEY,
    session_id     integer REFERENCES sessions (id) ON DELETE CASCADE,
    profile_id     integer REFERENCES racer_profiles (id) ON DELETE CASCADE,
    heat           varchar(100),
    racing_class   varchar(100),
    position       integer,
    laps_completed integer,
    best_lap       numeric,
    average_lap    numeric,
    total_time     numeric,
    consistency    numeric,
    lap_times      jsonb,
    liverc_id      varchar(100),
    created_at     timestamp DEFAULT CURRENT_TIMESTAMP,
    updated_at     timestamp DEFAULT CURRENT_TIMESTAMP
);
ALTER TABLE race_results ADD COLUMN IF NOT EXISTS session_id     integer REFERENCES sessions (id) ON DELETE CASCADE;
ALTER TABLE race_results ADD COLUMN IF NOT EXISTS profile_id     integer REFERENCES racer_profiles (id) ON DELETE CASCADE;
ALTER TABLE race_results ADD COLUMN IF NOT EXISTS heat           varchar(100);
ALTER TABLE race_results ADD COLUMN IF NOT EXISTS racing_class   varchar(100);
ALTER TABLE race_results ADD COLUMN IF NOT EXISTS position       integer;
ALTER TABLE race_results ADD COLUMN IF NOT EXISTS laps_completed integer;
ALTER TABLE race_results ADD COLUMN IF NOT EXISTS best_lap       numeric;
ALTER TABLE race_results ADD COLUMN IF NOT EXISTS average_lap    numeric;
ALTER TABLE race_results ADD COLUMN IF NOT EXISTS total_time     numeric;
ALTER TABLE race_results ADD COLUMN IF NOT EXISTS consistency    numeric;
ALTER TABLE race_results ADD COLUMN IF NOT EXISTS lap_times      jsonb;
ALTER TABLE race_results ADD COLUMN IF NOT EXISTS liverc_id      varchar(100);

-- A session's results, in the order entered.
CREATE INDEX IF NOT EXISTS idx_race_results_session ON race_results (session_id, id);
