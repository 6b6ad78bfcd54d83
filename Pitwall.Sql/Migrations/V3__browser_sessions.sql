-- V3: one row per browser, keyed by the random id in its cookie, holding the racer that
-- browser works on. Kept in PostgreSQL so the choice survives restarts and is shared by
-- every app instance. Nothing secret is stored here.
CREATE TABLE browser_sessions (
    id           uuid PRIMARY KEY,
    racer_id     integer REFERENCES racer_profiles (id) ON DELETE SET NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_browser_sessions_last_seen_at ON browser_sessions (last_seen_at);
