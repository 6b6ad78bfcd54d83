-- U20: undo of V20. pitwall_result_json as V17 made it; each table V20 created goes only while it
-- is empty: a heat, a racer's remembered names or a session's minimum lap are a racer's data, so
-- a table holding them stays (V20 takes it back as it is) and a notice says so.
CREATE OR REPLACE FUNCTION pitwall_result_json(r race_results) RETURNS json
    LANGUAGE sql STABLE
AS $$
    SELECT json_build_object(
        'id', r.id, 'heat', r.heat_name, 'racingClass', r.race_class, 'position', r.position,
        'lapTimes', r.lap_times, 'laps', r.laps_completed, 'best', r.best_lap, 'average', r.average_lap,
        'total', extract(epoch FROM r.total_time), 'consistency', r.consistency,
        'liveRcEventId', r.liverc_event_id, 'liveRcDriverId', r.liverc_driver_id)
$$;

DO $$
DECLARE
    t text;
    held boolean;
BEGIN
    FOREACH t IN ARRAY ARRAY['timing_heats', 'timing_names', 'session_timing'] LOOP
        CONTINUE WHEN to_regclass(t) IS NULL;
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', t) INTO held;
        IF held THEN
            RAISE NOTICE 'U20 keeps %: it holds racers'' data', t;
        ELSE
            EXECUTE format('DROP TABLE %I', t);
        END IF;
    END LOOP;
END
$$;
