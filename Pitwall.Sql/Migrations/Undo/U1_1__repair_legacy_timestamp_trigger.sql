-- U1.1: undo of V1.1. Puts the earlier tool's update_updated_at() back exactly as it was
-- (broken as it was: UPDATEs of racers and cars fail again until V1.1 is re-applied) and
-- forgets what V1.1 saved. pitwall_rollback_memory goes too unless it still remembers
-- something for a later migration (U2's default racer, which V8 gives back).
DO $$
DECLARE
    original text;
BEGIN
    SELECT value INTO original FROM pitwall_rollback_memory WHERE key = 'V1_1 update_updated_at()';
    IF original IS NOT NULL THEN
        EXECUTE original;
    END IF;
END
$$;
DELETE FROM pitwall_rollback_memory WHERE key IN ('V1_1 update_updated_at()', 'V2 racer_profiles.is_default before');
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pitwall_rollback_memory) THEN
        DROP TABLE pitwall_rollback_memory;
    END IF;
END
$$;
