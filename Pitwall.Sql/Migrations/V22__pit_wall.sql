-- V22: the pit wall (issue 22). Five things:
-- 1. pit_wall_messages, the earlier tool's table for "real-time team communication during
--    events", adopted as it is (its rows, columns and indexes kept) or created on a fresh
--    database in exactly its shape. Pitwall's rules for what it writes (a message of 1 to 280
--    characters, one of four types) are checked on new rows only (NOT VALID): adopted rows are
--    never judged. Whether V22 created the table is noted for U22.
-- 2. pit_wall_message_meta: who wrote a message (the wall or the racer) and when its reader
--    saw it, which that table has no column for; keyed by the message, gone with it.
-- 3. pit_wall_default_team: which team is the deployment's default (PITWALL_TEAM_NAME; the app
--    creates the team and writes this row as it starts). A racer without a team (every racer
--    the earlier tool made, every racer Pitwall creates) belongs to it: pitwall_team_of().
-- 4. Triggers that tell every instance what changed on a card: pg_notify('pitwall_board',
--    '<team id> <racer id>') after a session, a result, a change, a closeout, a message, its
--    read state or a racer's team changes, whoever writes it (another instance, the earlier
--    tool, psql). Ids only: each instance reads and renders what it shows. Within one
--    transaction PostgreSQL sends a payload once, however many rows said it.
-- 5. Indexes for the messages of a racer and of a session (foreign keys the tool left bare).

INSERT INTO pitwall_rollback_memory (key, value)
SELECT 'V22 pit_wall_messages', json_build_object('created', to_regclass('pit_wall_messages') IS NULL)::text
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, saved_at = now();

CREATE TABLE IF NOT EXISTS pit_wall_messages (
    id           serial PRIMARY KEY,
    team_id      integer NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    profile_id   integer NOT NULL REFERENCES racer_profiles (id) ON DELETE CASCADE,
    session_id   integer REFERENCES sessions (id) ON DELETE SET NULL,
    message      text NOT NULL,
    message_type varchar(50) DEFAULT 'note',
    data         jsonb,
    created_at   timestamp DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS idx_pitwall_team ON pit_wall_messages (team_id);
CREATE INDEX IF NOT EXISTS idx_pitwall_created ON pit_wall_messages (created_at DESC);
CREATE INDEX IF NOT EXISTS idx_pit_wall_messages_profile ON pit_wall_messages (profile_id, id);
CREATE INDEX IF NOT EXISTS idx_pit_wall_messages_session ON pit_wall_messages (session_id);

ALTER TABLE pit_wall_messages ADD CONSTRAINT pit_wall_messages_message_rule
    CHECK (char_length(message) BETWEEN 1 AND 280) NOT VALID;
ALTER TABLE pit_wall_messages ADD CONSTRAINT pit_wall_messages_type_rule
    CHECK (message_type IN ('note', 'call-in', 'setup', 'warning')) NOT VALID;

CREATE TABLE IF NOT EXISTS pit_wall_message_meta (
    message_id integer PRIMARY KEY REFERENCES pit_wall_messages (id) ON DELETE CASCADE,
    author     varchar(10) NOT NULL CONSTRAINT pit_wall_message_meta_author_rule CHECK (author IN ('wall', 'racer')),
    read_at    timestamptz
);

-- One row at most; its foreign key needs no index of its own (one row to scan).
CREATE TABLE IF NOT EXISTS pit_wall_default_team (
    singleton boolean PRIMARY KEY DEFAULT true CONSTRAINT pit_wall_default_team_one CHECK (singleton),
    team_id   integer NOT NULL REFERENCES teams (id) ON DELETE CASCADE
);
-- Every foreign key has an index (IndexTests): a team deleted finds its row without a scan.
CREATE INDEX IF NOT EXISTS idx_pit_wall_default_team_team ON pit_wall_default_team (team_id);

CREATE FUNCTION pitwall_default_team() RETURNS integer
    LANGUAGE sql STABLE
AS $$ SELECT team_id FROM pit_wall_default_team $$;

-- The racer's team: the one chosen in Edit Profile, else the deployment's default.
CREATE FUNCTION pitwall_team_of(racer integer) RETURNS integer
    LANGUAGE sql STABLE
AS $$ SELECT coalesce((SELECT team_id FROM racer_profiles WHERE id = racer), pitwall_default_team()) $$;

-- The session a card shows: the racer's open one (draft or active), else the latest.
CREATE FUNCTION pitwall_card_session(racer integer) RETURNS integer
    LANGUAGE sql STABLE
AS $$
    SELECT s.id FROM sessions s
    WHERE s.profile_id = racer
    ORDER BY s.status IN ('draft', 'active') DESC, coalesce(s.last_updated, s.updated_at, s.created_at) DESC NULLS LAST, s.id DESC
    LIMIT 1
$$;

CREATE FUNCTION pitwall_notify_board(team integer, racer integer) RETURNS void
    LANGUAGE sql
AS $$ SELECT pg_notify('pitwall_board', coalesce(team, 0) || ' ' || coalesce(racer, 0)) $$;

-- sessions and race_results: the row names its racer.
CREATE FUNCTION pitwall_board_racer_row() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM pitwall_notify_board(pitwall_team_of(OLD.profile_id), OLD.profile_id); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM pitwall_notify_board(pitwall_team_of(NEW.profile_id), NEW.profile_id); END IF;
    RETURN NULL;
END
$$;

-- setup_changes and session_closeouts: the row names its session, whose racer it is.
CREATE FUNCTION pitwall_board_session_row() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    racer integer;
BEGIN
    SELECT profile_id INTO racer FROM sessions
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.session_id ELSE NEW.session_id END;
    IF racer IS NOT NULL THEN PERFORM pitwall_notify_board(pitwall_team_of(racer), racer); END IF;
    RETURN NULL;
END
$$;

-- racer_profiles: a racer joins, leaves or changes team (both boards hear it), or is renamed.
CREATE FUNCTION pitwall_board_racer() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM pitwall_notify_board(coalesce(OLD.team_id, pitwall_default_team()), OLD.id); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM pitwall_notify_board(coalesce(NEW.team_id, pitwall_default_team()), NEW.id); END IF;
    RETURN NULL;
END
$$;

-- pit_wall_messages: the message names its team and racer.
CREATE FUNCTION pitwall_board_message() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM pitwall_notify_board(OLD.team_id, OLD.profile_id); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM pitwall_notify_board(NEW.team_id, NEW.profile_id); END IF;
    RETURN NULL;
END
$$;

-- pit_wall_message_meta: its message's team and racer.
CREATE FUNCTION pitwall_board_message_meta() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pitwall_notify_board(m.team_id, m.profile_id)
    FROM pit_wall_messages m WHERE m.id = NEW.message_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER pitwall_board_sessions AFTER INSERT OR DELETE ON sessions
    FOR EACH ROW EXECUTE FUNCTION pitwall_board_racer_row();
-- A draft saved as the racer types changes its setup only: no card shows that.
CREATE TRIGGER pitwall_board_sessions_update AFTER UPDATE ON sessions
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.session_name IS DISTINCT FROM NEW.session_name
                       OR OLD.session_type IS DISTINCT FROM NEW.session_type OR OLD.track_name IS DISTINCT FROM NEW.track_name
                       OR OLD.session_date IS DISTINCT FROM NEW.session_date OR OLD.vehicle_id IS DISTINCT FROM NEW.vehicle_id
                       OR OLD.profile_id IS DISTINCT FROM NEW.profile_id)
    EXECUTE FUNCTION pitwall_board_racer_row();
CREATE TRIGGER pitwall_board_race_results AFTER INSERT OR UPDATE OR DELETE ON race_results
    FOR EACH ROW EXECUTE FUNCTION pitwall_board_racer_row();
CREATE TRIGGER pitwall_board_setup_changes AFTER INSERT OR UPDATE OR DELETE ON setup_changes
    FOR EACH ROW EXECUTE FUNCTION pitwall_board_session_row();
CREATE TRIGGER pitwall_board_session_closeouts AFTER INSERT OR UPDATE OR DELETE ON session_closeouts
    FOR EACH ROW EXECUTE FUNCTION pitwall_board_session_row();
CREATE TRIGGER pitwall_board_racer_profiles AFTER INSERT OR DELETE ON racer_profiles
    FOR EACH ROW EXECUTE FUNCTION pitwall_board_racer();
CREATE TRIGGER pitwall_board_racer_profiles_update AFTER UPDATE ON racer_profiles
    FOR EACH ROW WHEN (OLD.team_id IS DISTINCT FROM NEW.team_id OR OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION pitwall_board_racer();
CREATE TRIGGER pitwall_board_messages AFTER INSERT OR UPDATE OR DELETE ON pit_wall_messages
    FOR EACH ROW EXECUTE FUNCTION pitwall_board_message();
CREATE TRIGGER pitwall_board_message_meta AFTER INSERT OR UPDATE ON pit_wall_message_meta
    FOR EACH ROW EXECUTE FUNCTION pitwall_board_message_meta();
