-- U19: undo of V19: drops exactly the indexes V19 made (the earlier tool's own stay) and the
-- function of a car's change log.
DROP FUNCTION IF EXISTS pitwall_car_changes(integer);
DO $$
DECLARE
    name text;
BEGIN
    FOR name IN SELECT jsonb_array_elements_text(value::jsonb) FROM pitwall_rollback_memory WHERE key = 'V19 indexes' LOOP
        EXECUTE format('DROP INDEX IF EXISTS %I', name);
    END LOOP;
    DELETE FROM pitwall_rollback_memory WHERE key = 'V19 indexes';
END
$$;
