-- V10: what changed, and did it help (issue 13). Three things:
-- 1. setup_changes, the earlier tool's change log, adopted as it is (its rows and columns
--    kept) or created on a fresh database. Columns Pitwall reads are added where missing,
--    without defaults (a default would write into every adopted row), and three of its own:
--    outcome (set by the closeout), compared_with ('baseline' or 'session': marks the rows
--    Pitwall logged on lock) and previous_session_id. What was added is noted for U10.
-- 2. A trigger on race_results keeps lap_time_before/after of the rows Pitwall logged equal
--    to the best laps of the two sessions, whoever writes the results (the earlier tool too).
-- 3. session_closeouts: the rating, what the car did and the observation of a closed session.

INSERT INTO pitwall_rollback_memory (key, value)
SELECT 'V10 setup_changes', json_build_object(
    'created', to_regclass('setup_changes') IS NULL,
    'added', coalesce((
        SELECT json_agg(c.name)
        FROM unnest(ARRAY['session_id', 'vehicle_id', 'parameter', 'old_value', 'new_value', 'lap_time_before', 'lap_time_after',
                          'source', 'status', 'created_at', 'outcome', 'compared_with', 'previous_session_id']) AS c(name)
        WHERE to_regclass('setup_changes') IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM pg_attribute a
                          WHERE a.attrelid = to_regclass('setup_changes') AND a.attname = c.name AND NOT a.attisdropped)), '[]'))::text
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, saved_at = now();

CREATE TABLE IF NOT EXISTS setup_changes (
    id              serial PRIMARY KEY,
    session_id      integer REFERENCES sessions (id) ON DELETE CASCADE,
    vehicle_id      integer REFERENCES vehicles (id) ON DELETE CASCADE,
    parameter       varchar(100),
    old_value       text,
    new_value       text,
    lap_time_before numeric,
    lap_time_after  numeric,
    source          varchar(50),
    status          varchar(50) DEFAULT 'pending',
    created_at      timestamp DEFAULT CURRENT_TIMESTAMP
);
ALTER TABLE setup_changes ADD COLUMN IF NOT EXISTS session_id      integer REFERENCES sessions (id) ON DELETE CASCADE;
ALTER TABLE setup_changes ADD COLUMN IF NOT EXISTS vehicle_id      integer REFERENCES vehicles (id) ON DELETE CASCADE;
ALTER TABLE setup_changes ADD COLUMN IF NOT EXISTS parameter       varchar(100);
ALTER TABLE setup_changes ADD COLUMN IF NOT EXISTS old_value       text;
ALTER TABLE setup_changes ADD COLUMN IF NOT EXISTS new_value       text;
ALTER TABLE setup_changes ADD COLUMN IF NOT EXISTS lap_time_before numeric;
ALTER TABLE setup_changes ADD COLUMN IF NOT EXISTS lap_time_after  numeric;
ALTER TABLE setup_changes ADD COLUMN IF NOT EXISTS source          varchar(50);
ALTER TABLE setup_changes ADD COLUMN IF NOT EXISTS status          varchar(50);
ALTER TABLE setup_changes ADD COLUMN IF NOT EXISTS created_at      timestamp;
ALTER TABLE setup_changes ADD COLUMN IF NOT EXISTS outcome         varchar(20)
    CONSTRAINT setup_changes_outcome_rule CHECK (outcome IN ('success', 'neutral', 'failure'));
ALTER TABLE setup_changes ADD COLUMN IF NOT EXISTS compared_with   varchar(20)
    CONSTRAINT setup_changes_compared_with_rule CHECK (compared_with IN ('baseline', 'session'));
ALTER TABLE setup_changes ADD COLUMN IF NOT EXISTS previous_session_id integer REFERENCES sessions (id) ON DELETE SET NULL;

-- A car's changes, newest first (the Changes view); a session's, and those measured against it (the trigger).
CREATE INDEX IF NOT EXISTS idx_setup_changes_vehicle ON setup_changes (vehicle_id, id);
CREATE INDEX IF NOT EXISTS idx_setup_changes_session ON setup_changes (session_id);
CREATE INDEX IF NOT EXISTS idx_setup_changes_previous ON setup_changes (previous_session_id);

CREATE OR REPLACE FUNCTION pitwall_keep_change_lap_times() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    touched integer[] := ARRAY[]::integer[];
    s integer;
    best numeric;
BEGIN
    IF TG_OP <> 'INSERT' THEN touched := touched || OLD.session_id; END IF;
    IF TG_OP <> 'DELETE' THEN touched := touched || NEW.session_id; END IF;
    FOR s IN SELECT DISTINCT t FROM unnest(touched) AS t WHERE t IS NOT NULL LOOP
        SELECT min(r.best_lap) INTO best FROM race_results r WHERE r.session_id = s;
        UPDATE setup_changes SET lap_time_after = best
        WHERE session_id = s AND compared_with IS NOT NULL AND lap_time_after IS DISTINCT FROM best;
        UPDATE setup_changes SET lap_time_before = best
        WHERE previous_session_id = s AND compared_with = 'session' AND lap_time_before IS DISTINCT FROM best;
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER race_results_keep_change_lap_times
    AFTER INSERT OR DELETE OR UPDATE OF best_lap, session_id ON race_results
    FOR EACH ROW EXECUTE FUNCTION pitwall_keep_change_lap_times();

CREATE TABLE IF NOT EXISTS session_closeouts (
    session_id  integer PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    rating      smallint NOT NULL CONSTRAINT session_closeouts_rating_rule CHECK (rating BETWEEN 1 AND 5),
    feel        varchar(40) CONSTRAINT session_closeouts_feel_rule CHECK (feel IN (
                    'Front-end wash', 'Rear-end loose', 'Stability (bumpy)', 'Rotation (tight)',
                    'Corner entry', 'Corner exit', 'Jumping/landing', 'Consistency')),
    observation text CONSTRAINT session_closeouts_observation_rule CHECK (char_length(observation) <= 2000),
    closed_at   timestamptz NOT NULL DEFAULT now()
);
