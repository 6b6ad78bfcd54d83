-- U9: undo of V9, never at the cost of a result. A race_results table V9 created goes only
-- while it is empty; columns V9 added to an adopted table go only while every row leaves
-- them empty. Otherwise they stay, and a notice says so.
DO $$
DECLARE
    noted json;
    col text;
    filled boolean;
BEGIN
    SELECT value::json INTO noted FROM pitwall_rollback_memory WHERE key = 'V9 race_results';
    DROP INDEX IF EXISTS idx_race_results_session;
    IF (noted ->> 'created')::boolean THEN
        IF EXISTS (SELECT 1 FROM race_results) THEN
            RAISE NOTICE 'U9 keeps race_results: it holds results';
        ELSE
            DROP TABLE race_results;
        END IF;
    ELSIF noted IS NOT NULL THEN
        FOR col IN SELECT json_array_elements_text(noted -> 'added') LOOP
            EXECUTE format('SELECT EXISTS (SELECT 1 FROM race_results WHERE %I IS NOT NULL)', col) INTO filled;
            IF filled THEN
                RAISE NOTICE 'U9 keeps race_results.%: it holds values', col;
            ELSE
                EXECUTE format('ALTER TABLE race_results DROP COLUMN %I', col);
            END IF;
        END LOOP;
    END IF;
    DELETE FROM pitwall_rollback_memory WHERE key = 'V9 race_results';
END
$$;
