-- V11: baseline history (issue 13). Every baseline a car had before "Make baseline" or a
-- restore replaced it is kept here, with when and where it came from; nothing in it is ever
-- overwritten (a restore is itself a new entry). A table of Pitwall's own: the earlier tool has none.
CREATE TABLE IF NOT EXISTS baseline_history (
    id            serial PRIMARY KEY,
    vehicle_id    integer NOT NULL REFERENCES vehicles (id) ON DELETE CASCADE,
    -- As vehicles.baseline_setup held it (nested, with every key Pitwall does not know).
    setup         jsonb NOT NULL,
    -- shop-master: the baseline as it was (typed in Shop Master or adopted); session: made from
    -- a session's setup; restored: an earlier entry made the baseline again.
    source        varchar(20) NOT NULL CONSTRAINT baseline_history_source_rule CHECK (source IN ('shop-master', 'session', 'restored')),
    session_id    integer REFERENCES sessions (id) ON DELETE SET NULL,
    restored_from integer REFERENCES baseline_history (id) ON DELETE SET NULL,
    saved_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS idx_baseline_history_vehicle ON baseline_history (vehicle_id, id);
