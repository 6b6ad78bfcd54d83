-- V21: at the track (issue 21). Five things:
-- 1. activity_log, the earlier tool's session log that fed its advisor, adopted as it is (its
--    rows, columns and indexes kept) or created on a fresh database with exactly its columns.
--    Pitwall's one-tap run notes are rows of it (action 'run_note'), so both tools share them.
--    Whether V21 created it is noted for U21. Plus an index for a session's notes in order
--    (and for its foreign key to sessions, which the tool left without one).
-- 2. pitwall_track_key(name): a track name as "last time here" matches it, ignoring case,
--    accents, spacing and punctuation ("Thunder Alley" = "thunder  ALLEY" = "ThunderAlley",
--    "Circuit Côte" = "circuit cote"). The accents are folded with the table of
--    Pitwall.Sql/Results/Timing/NameKey.cs (the app runs with InvariantGlobalization, where
--    string.Normalize folds nothing, and PostgreSQL's lower() folds only ASCII in the C locale):
--    TrackKeyTests holds the two to the same letters. An index finds a car's sessions at a track.
-- 3. wear_items and wear_mounts: tire sets, engines and parts of a car, and which tire set and
--    engine were on the car for each session (one of each). Their use is counted from the results
--    of those sessions (a part: every session of its car) created after the item's counted_from
--    (set by "serviced", and for a part by its creation), by pitwall_wear_usage: editing or
--    deleting a result changes the count, because nothing is stored but the results.
-- 4. A trigger on sessions gives a new session of a car the tire set and engine of the car's
--    previous session: they stay on the car until the racer mounts others.
-- 5. pitwall_run_notes_before(change): the run notes that preceded a logged change, for the
--    Changes view (its own session's up to when it was logged, and every one of the session it
--    was measured against).
-- Conditions need no schema: they live in sessions.weather, the earlier tool's column (README).

INSERT INTO pitwall_rollback_memory (key, value)
SELECT 'V21 activity_log', json_build_object('created', to_regclass('activity_log') IS NULL)::text
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, saved_at = now();

DO $$
BEGIN
    IF to_regclass('activity_log') IS NULL THEN
        -- Exactly the earlier tool's table and indexes.
        CREATE TABLE activity_log (
            id         serial PRIMARY KEY,
            profile_id integer REFERENCES racer_profiles (id) ON DELETE SET NULL,
            session_id integer REFERENCES sessions (id) ON DELETE SET NULL,
            action     varchar(100) NOT NULL,
            details    jsonb,
            created_at timestamp DEFAULT CURRENT_TIMESTAMP
        );
        CREATE INDEX idx_activity_profile ON activity_log (profile_id);
        CREATE INDEX idx_activity_created ON activity_log (created_at DESC);
    END IF;
END
$$;
CREATE INDEX IF NOT EXISTS idx_activity_log_session ON activity_log (session_id, created_at);

CREATE FUNCTION pitwall_track_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT nullif(regexp_replace(
        replace(replace(replace(replace(replace(lower(translate(name,
            'àáâãäåāăąÀÁÂÃÄÅĀĂĄ' || 'çćĉċčÇĆĈĊČ' || 'ďđðĎĐÐ' || 'èéêëēĕėęěÈÉÊËĒĔĖĘĚ' || 'ĝğġģĜĞĠĢ' || 'ĥħĤĦ'
            || 'ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ' || 'ĵĴ' || 'ķĶ' || 'ĺļľŀłĹĻĽĿŁ' || 'ñńņňŉÑŃŅŇ' || 'òóôõöøōŏőÒÓÔÕÖØŌŎŐ' || 'ŕŗřŔŖŘ'
            || 'śŝşšșŚŜŞŠȘ' || 'ţťŧțŢŤŦȚ' || 'ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ' || 'ŵŴ' || 'ýÿŷÝŸŶ' || 'źżžŹŻŽ' || 'ÆŒÞĲẞ',
            'aaaaaaaaaaaaaaaaaa' || 'cccccccccc' || 'dddddd' || 'eeeeeeeeeeeeeeeeee' || 'gggggggg' || 'hhhh'
            || 'iiiiiiiiiiiiiiiiii' || 'jj' || 'kk' || 'llllllllll' || 'nnnnnnnnn' || 'oooooooooooooooooo' || 'rrrrrr'
            || 'ssssssssss' || 'tttttttt' || 'uuuuuuuuuuuuuuuuuuuu' || 'ww' || 'yyyyyy' || 'zzzzzz' || 'æœþĳß')),
            'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), 'þ', 'th'), 'ĳ', 'ij'),
        -- Spacing and punctuation, ASCII and the usual typographic ones (no-break space, quotes, dashes).
        '[[:space:][:punct:]' || chr(160) || '‘’´“”–—·]+', '', 'g'), '')
$$;

CREATE INDEX IF NOT EXISTS idx_sessions_vehicle_track ON sessions (vehicle_id, pitwall_track_key(track_name));

CREATE TABLE IF NOT EXISTS wear_items (
    id           serial PRIMARY KEY,
    vehicle_id   integer NOT NULL REFERENCES vehicles (id) ON DELETE CASCADE,
    -- tires: a tire set; engine: an engine or motor; part: anything with a service interval.
    kind         varchar(10) NOT NULL CONSTRAINT wear_items_kind_rule CHECK (kind IN ('tires', 'engine', 'part')),
    name         varchar(80) NOT NULL CONSTRAINT wear_items_name_rule CHECK (char_length(name) BETWEEN 1 AND 80 AND name = btrim(name)),
    every_laps   integer CONSTRAINT wear_items_every_laps_rule CHECK (every_laps BETWEEN 1 AND 100000),
    every_hours  numeric(6, 2) CONSTRAINT wear_items_every_hours_rule CHECK (every_hours > 0 AND every_hours <= 1000),
    -- Results created after this count (race_results.created_at is a timestamp without time zone
    -- too); null counts every result of its sessions (a tire set or engine never serviced).
    counted_from timestamp,
    serviced_on  date,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT wear_items_one_interval CHECK (every_laps IS NULL OR every_hours IS NULL),
    CONSTRAINT wear_items_id_kind UNIQUE (id, kind)
);
CREATE UNIQUE INDEX IF NOT EXISTS idx_wear_items_name ON wear_items (vehicle_id, lower(name));

CREATE TABLE IF NOT EXISTS wear_mounts (
    session_id integer NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    kind       varchar(10) NOT NULL CONSTRAINT wear_mounts_kind_rule CHECK (kind IN ('tires', 'engine')),
    item_id    integer NOT NULL,
    -- One tire set and one engine per session, whoever writes at the same moment.
    PRIMARY KEY (session_id, kind),
    FOREIGN KEY (item_id, kind) REFERENCES wear_items (id, kind) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS idx_wear_mounts_item ON wear_mounts (item_id, kind);

-- What an item has done since it was counted from: results (runs), laps (laps_completed, else the
-- laps in lap_times) and seconds (total_time, else the sum of lap_times), as the tool's columns hold them.
CREATE FUNCTION pitwall_wear_usage(item wear_items, OUT runs integer, OUT laps integer, OUT seconds numeric)
    LANGUAGE sql STABLE
AS $$
    SELECT count(r.id)::int,
           coalesce(sum(coalesce(r.laps_completed,
               CASE WHEN jsonb_typeof(r.lap_times) = 'array' THEN jsonb_array_length(r.lap_times) END)), 0)::int,
           coalesce(sum(coalesce(extract(epoch FROM r.total_time),
               CASE WHEN jsonb_typeof(r.lap_times) = 'array' THEN
                   (SELECT sum((e #>> '{}')::numeric) FROM jsonb_array_elements(r.lap_times) e WHERE jsonb_typeof(e) = 'number')
               END)), 0)
    FROM sessions s
    JOIN race_results r ON r.session_id = s.id
    WHERE s.vehicle_id = item.vehicle_id
      AND (item.kind = 'part' OR EXISTS (SELECT 1 FROM wear_mounts m WHERE m.session_id = s.id AND m.item_id = item.id))
      AND (item.counted_from IS NULL OR r.created_at > item.counted_from)
$$;

-- Due: the interval is used up (laps, or hours of run time).
CREATE FUNCTION pitwall_wear_due(item wear_items) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce((item.every_laps IS NOT NULL AND u.laps >= item.every_laps)
                    OR (item.every_hours IS NOT NULL AND u.seconds >= item.every_hours * 3600), false)
    FROM pitwall_wear_usage(item) u
$$;

CREATE FUNCTION pitwall_carry_wear_mounts() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO wear_mounts (session_id, kind, item_id)
    SELECT NEW.id, m.kind, m.item_id
    FROM wear_mounts m
    WHERE m.session_id = (SELECT p.id FROM sessions p
                          WHERE p.vehicle_id = NEW.vehicle_id AND p.id <> NEW.id
                          ORDER BY p.created_at DESC NULLS LAST, p.id DESC
                          LIMIT 1);
    RETURN NULL;
END
$$;

CREATE TRIGGER sessions_carry_wear_mounts
    AFTER INSERT ON sessions
    FOR EACH ROW EXECUTE FUNCTION pitwall_carry_wear_mounts();

CREATE FUNCTION pitwall_run_notes_before(c setup_changes) RETURNS json
    LANGUAGE sql STABLE
AS $$
    SELECT json_agg(json_build_object(
               'at', a.created_at, 'symptom', a.details ->> 'symptom', 'note', a.details ->> 'note',
               'heat', a.details ->> 'heat', 'sessionName', s.session_name)
           ORDER BY a.created_at, a.id)
    FROM activity_log a
    JOIN sessions s ON s.id = a.session_id
    WHERE a.action = 'run_note'
      AND (a.session_id = c.previous_session_id OR (a.session_id = c.session_id AND a.created_at <= c.created_at))
$$;
