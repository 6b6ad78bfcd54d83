-- U11: undo of V11; baseline_history goes only while it is empty (a rollback never deletes a
-- racer's earlier baselines), otherwise it stays and a notice says so.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM baseline_history) THEN
        RAISE NOTICE 'U11 keeps baseline_history: it holds earlier baselines';
    ELSE
        DROP TABLE baseline_history;
    END IF;
END
$$;
