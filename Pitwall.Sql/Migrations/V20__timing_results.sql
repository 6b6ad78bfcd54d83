-- V20: results from the timing system (issue 20). The racer's line of a pasted heat goes in the
-- earlier tool's race_results columns, as its LiveRC harvester writes them; the rest of the heat
-- goes in three tables of Pitwall's own (nothing of the tool's changes):
-- 1. timing_heats: one row per result that came from a timing system, deleted with it: the
--    layout and heading as read, the notes on what the paste could not give, which line of the
--    field is the racer's and how it was chosen, the decoder's minimum lap, and the WHOLE FIELD
--    (every driver's line, every figure as printed, and Pitwall's figures from the laps where the
--    layout carried them) as one JSON array, stored once per heat.
-- 2. timing_names: the racer's choice per timing name ("SAM RIVERS" is me), with the car number
--    and car it was chosen for, so the next paste of that name or number preselects it.
-- 3. session_timing: a session's minimum lap for decoder passings (double reads below it are
--    dropped); a session without a row uses Pitwall's default (5 s, DecoderLaps).
-- pitwall_result_json gains the heat ('timing'), so every view that reads a result reads its heat
-- in the same statement. IF NOT EXISTS: U20 keeps a table that holds a racer's data.

CREATE TABLE IF NOT EXISTS timing_heats (
    result_id   integer PRIMARY KEY REFERENCES race_results (id) ON DELETE CASCADE,
    layout      varchar(20) NOT NULL
        CONSTRAINT timing_heats_layout_rule CHECK (layout IN ('LiveRcRace', 'LiveRcLaps', 'RcScoringPro', 'MyRcm', 'MyLaps', 'DecoderPassings')),
    description varchar(200) NOT NULL,
    race_name   varchar(255),
    class_name  varchar(255),
    heat_name   varchar(255),
    round       varchar(100),
    race_number integer,
    length      varchar(100),
    notes       jsonb NOT NULL CONSTRAINT timing_heats_notes_rule CHECK (jsonb_typeof(notes) = 'array'),
    racer_line  integer NOT NULL,
    chosen_by   varchar(20) NOT NULL
        CONSTRAINT timing_heats_chosen_by_rule CHECK (chosen_by IN ('Transponder', 'CarNumber', 'Remembered', 'Name', 'Picked')),
    minimum_lap numeric(6,3),
    field       jsonb NOT NULL,
    CONSTRAINT timing_heats_field_rule CHECK (jsonb_typeof(field) = 'array' AND racer_line >= 0 AND racer_line < jsonb_array_length(field))
);

CREATE TABLE IF NOT EXISTS timing_names (
    profile_id integer NOT NULL REFERENCES racer_profiles (id) ON DELETE CASCADE,
    -- NameKey of the printed name; "#7" or "transponder 4412871" for a line that prints no name.
    timing_key varchar(255) NOT NULL CONSTRAINT timing_names_key_rule CHECK (timing_key <> ''),
    name       varchar(255),
    car_number varchar(20),
    vehicle_id integer REFERENCES vehicles (id) ON DELETE SET NULL,
    chosen_at  timestamp NOT NULL,
    PRIMARY KEY (profile_id, timing_key)
);
CREATE INDEX IF NOT EXISTS idx_timing_names_vehicle ON timing_names (vehicle_id);

CREATE TABLE IF NOT EXISTS session_timing (
    session_id  integer PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    minimum_lap numeric(6,3) NOT NULL CONSTRAINT session_timing_minimum_lap_rule CHECK (minimum_lap >= 0 AND minimum_lap <= 600)
);

CREATE OR REPLACE FUNCTION pitwall_result_json(r race_results) RETURNS json
    LANGUAGE sql STABLE
AS $$
    SELECT json_build_object(
        'id', r.id, 'heat', r.heat_name, 'racingClass', r.race_class, 'position', r.position,
        'lapTimes', r.lap_times, 'laps', r.laps_completed, 'best', r.best_lap, 'average', r.average_lap,
        'total', extract(epoch FROM r.total_time), 'consistency', r.consistency,
        'liveRcEventId', r.liverc_event_id, 'liveRcDriverId', r.liverc_driver_id,
        'timing', (SELECT json_build_object(
                       'layout', h.layout, 'description', h.description, 'raceName', h.race_name,
                       'className', h.class_name, 'heatName', h.heat_name, 'round', h.round,
                       'raceNumber', h.race_number, 'length', h.length, 'notes', h.notes,
                       'racerLine', h.racer_line, 'chosenBy', h.chosen_by, 'minimumLap', h.minimum_lap,
                       'field', h.field)
                   FROM timing_heats h WHERE h.result_id = r.id))
$$;
