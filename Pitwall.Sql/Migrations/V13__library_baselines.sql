-- V13: a library setup used as a car's new baseline (issue 14) is an entry of the car's
-- baseline history like one made from a session, with its own source, 'library', so the
-- history says where it came from. Only V11's rule on source is widened; no row changes.
ALTER TABLE baseline_history DROP CONSTRAINT baseline_history_source_rule;
ALTER TABLE baseline_history ADD CONSTRAINT baseline_history_source_rule
    CHECK (source IN ('shop-master', 'session', 'restored', 'library'));
