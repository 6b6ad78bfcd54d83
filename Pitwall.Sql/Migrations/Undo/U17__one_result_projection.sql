-- U17: undo of V17.
DROP FUNCTION IF EXISTS pitwall_result_json(race_results);
