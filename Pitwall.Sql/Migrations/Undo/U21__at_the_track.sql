-- U21: undo of V21, never at the cost of a racer's data. The functions, the trigger and the
-- indexes always go. wear_mounts and wear_items go only while empty; an activity_log table V21
-- created goes only while empty (it holds run notes then). Otherwise they stay, and a notice says so.
DO $$
DECLARE
    noted json;
BEGIN
    DROP TRIGGER IF EXISTS sessions_carry_wear_mounts ON sessions;
    DROP FUNCTION IF EXISTS pitwall_carry_wear_mounts();
    DROP FUNCTION IF EXISTS pitwall_run_notes_before(setup_changes);
    DROP INDEX IF EXISTS idx_sessions_vehicle_track;
    DROP FUNCTION IF EXISTS pitwall_track_key(text);
    DROP INDEX IF EXISTS idx_activity_log_session;

    DROP FUNCTION IF EXISTS pitwall_wear_due(wear_items);
    DROP FUNCTION IF EXISTS pitwall_wear_usage(wear_items);
    IF EXISTS (SELECT 1 FROM wear_mounts) THEN
        RAISE NOTICE 'U21 keeps wear_mounts: it holds the tire sets and engines of sessions';
    ELSE
        DROP TABLE wear_mounts;
    END IF;
    IF EXISTS (SELECT 1 FROM wear_items) THEN
        RAISE NOTICE 'U21 keeps wear_items: it holds tire sets, engines and parts';
    ELSE
        DROP TABLE wear_items;
    END IF;

    SELECT value::json INTO noted FROM pitwall_rollback_memory WHERE key = 'V21 activity_log';
    IF (noted ->> 'created')::boolean THEN
        IF EXISTS (SELECT 1 FROM activity_log) THEN
            RAISE NOTICE 'U21 keeps activity_log: it holds run notes';
        ELSE
            DROP TABLE activity_log;
        END IF;
    END IF;
    DELETE FROM pitwall_rollback_memory WHERE key = 'V21 activity_log';
END
$$;
