-- U13: undo of V13, never at the cost of a baseline: V11's narrower rule comes back only while
-- no entry came from the library; otherwise the wider rule stays, and a notice says so.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM baseline_history WHERE source = 'library') THEN
        RAISE NOTICE 'U13 keeps baseline_history_source_rule with ''library'': baselines came from the library';
    ELSE
        ALTER TABLE baseline_history DROP CONSTRAINT baseline_history_source_rule;
        ALTER TABLE baseline_history ADD CONSTRAINT baseline_history_source_rule
            CHECK (source IN ('shop-master', 'session', 'restored'));
    END IF;
END
$$;
