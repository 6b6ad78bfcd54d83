-- U12: undo of V12, never at the cost of a library entry. A master_library table V12 created
-- goes only while it is empty; columns V12 added to an adopted table go only while every row
-- leaves them empty. Otherwise they stay, and a notice says so.
DO $$
DECLARE
    noted json;
    col text;
    filled boolean;
BEGIN
    SELECT value::json INTO noted FROM pitwall_rollback_memory WHERE key = 'V12 master_library';
    DROP INDEX IF EXISTS idx_master_library_newest;
    IF (noted ->> 'created')::boolean THEN
        IF EXISTS (SELECT 1 FROM master_library) THEN
            RAISE NOTICE 'U12 keeps master_library: it holds setups';
        ELSE
            DROP TABLE master_library;
        END IF;
    ELSIF noted IS NOT NULL THEN
        FOR col IN SELECT json_array_elements_text(noted -> 'added') LOOP
            EXECUTE format('SELECT EXISTS (SELECT 1 FROM master_library WHERE %I IS NOT NULL)', col) INTO filled;
            IF filled THEN
                RAISE NOTICE 'U12 keeps master_library.%: it holds values', col;
            ELSE
                EXECUTE format('ALTER TABLE master_library DROP COLUMN %I', col);
            END IF;
        END LOOP;
    END IF;
    DELETE FROM pitwall_rollback_memory WHERE key = 'V12 master_library';
END
$$;
