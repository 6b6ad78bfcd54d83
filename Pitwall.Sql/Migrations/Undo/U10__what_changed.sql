-- U10: undo of V10, never at the cost of a racer's data. session_closeouts goes only while
-- empty; a setup_changes table V10 created goes only while empty; columns V10 added to an
-- adopted setup_changes go only while every row leaves them empty. Otherwise they stay, and
-- a notice says so. The trigger, its function and the indexes always go.
DO $$
DECLARE
    noted json;
    col text;
    filled boolean;
BEGIN
    DROP TRIGGER IF EXISTS race_results_keep_change_lap_times ON race_results;
    DROP FUNCTION IF EXISTS pitwall_keep_change_lap_times();
    DROP INDEX IF EXISTS idx_setup_changes_vehicle;
    DROP INDEX IF EXISTS idx_setup_changes_session;
    DROP INDEX IF EXISTS idx_setup_changes_previous;

    IF EXISTS (SELECT 1 FROM session_closeouts) THEN
        RAISE NOTICE 'U10 keeps session_closeouts: it holds closed sessions';
    ELSE
        DROP TABLE session_closeouts;
    END IF;

    SELECT value::json INTO noted FROM pitwall_rollback_memory WHERE key = 'V10 setup_changes';
    IF (noted ->> 'created')::boolean THEN
        IF EXISTS (SELECT 1 FROM setup_changes) THEN
            RAISE NOTICE 'U10 keeps setup_changes: it holds changes';
        ELSE
            DROP TABLE setup_changes;
        END IF;
    ELSIF noted IS NOT NULL THEN
        FOR col IN SELECT json_array_elements_text(noted -> 'added') LOOP
            EXECUTE format('SELECT EXISTS (SELECT 1 FROM setup_changes WHERE %I IS NOT NULL)', col) INTO filled;
            IF filled THEN
                RAISE NOTICE 'U10 keeps setup_changes.%: it holds values', col;
            ELSE
                EXECUTE format('ALTER TABLE setup_changes DROP COLUMN %I', col);
            END IF;
        END LOOP;
    END IF;
    DELETE FROM pitwall_rollback_memory WHERE key = 'V10 setup_changes';
END
$$;
