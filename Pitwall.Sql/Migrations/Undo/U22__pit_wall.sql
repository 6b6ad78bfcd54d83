-- U22: undo of V22, never at the cost of a message. The triggers, functions, rules, Pitwall's
-- indexes and the default-team row go. A pit_wall_messages table V22 created goes only while
-- it is empty (an adopted one always stays, with the tool's own indexes), and
-- pit_wall_message_meta only while it is empty (it says who wrote a message and whether it was
-- read); otherwise each stays, and a notice says so. The default team itself is a row of the
-- tool's teams table, where racers may point at it: it stays.
DROP TRIGGER IF EXISTS pitwall_board_sessions ON sessions;
DROP TRIGGER IF EXISTS pitwall_board_sessions_update ON sessions;
DROP TRIGGER IF EXISTS pitwall_board_race_results ON race_results;
DROP TRIGGER IF EXISTS pitwall_board_setup_changes ON setup_changes;
DROP TRIGGER IF EXISTS pitwall_board_session_closeouts ON session_closeouts;
DROP TRIGGER IF EXISTS pitwall_board_racer_profiles ON racer_profiles;
DROP TRIGGER IF EXISTS pitwall_board_racer_profiles_update ON racer_profiles;
DROP TRIGGER IF EXISTS pitwall_board_messages ON pit_wall_messages;
DROP TRIGGER IF EXISTS pitwall_board_message_meta ON pit_wall_message_meta;
DROP FUNCTION IF EXISTS pitwall_board_racer_row();
DROP FUNCTION IF EXISTS pitwall_board_session_row();
DROP FUNCTION IF EXISTS pitwall_board_racer();
DROP FUNCTION IF EXISTS pitwall_board_message();
DROP FUNCTION IF EXISTS pitwall_board_message_meta();
DROP FUNCTION IF EXISTS pitwall_notify_board(integer, integer);
DROP FUNCTION IF EXISTS pitwall_card_session(integer);
DROP FUNCTION IF EXISTS pitwall_team_of(integer);
DROP FUNCTION IF EXISTS pitwall_default_team();
DROP TABLE IF EXISTS pit_wall_default_team;

DO $$
DECLARE
    created boolean;
BEGIN
    SELECT (value::json ->> 'created')::boolean INTO created FROM pitwall_rollback_memory WHERE key = 'V22 pit_wall_messages';
    IF EXISTS (SELECT 1 FROM pit_wall_message_meta) THEN
        RAISE NOTICE 'U22 keeps pit_wall_message_meta: it says who wrote messages and which were read';
    ELSE
        DROP TABLE pit_wall_message_meta;
    END IF;
    ALTER TABLE pit_wall_messages DROP CONSTRAINT IF EXISTS pit_wall_messages_message_rule;
    ALTER TABLE pit_wall_messages DROP CONSTRAINT IF EXISTS pit_wall_messages_type_rule;
    DROP INDEX IF EXISTS idx_pit_wall_messages_profile;
    DROP INDEX IF EXISTS idx_pit_wall_messages_session;
    IF coalesce(created, false) THEN
        IF EXISTS (SELECT 1 FROM pit_wall_messages) OR to_regclass('pit_wall_message_meta') IS NOT NULL THEN
            RAISE NOTICE 'U22 keeps pit_wall_messages: it holds messages';
        ELSE
            DROP TABLE pit_wall_messages;
        END IF;
    END IF;
    DELETE FROM pitwall_rollback_memory WHERE key = 'V22 pit_wall_messages';
END
$$;
