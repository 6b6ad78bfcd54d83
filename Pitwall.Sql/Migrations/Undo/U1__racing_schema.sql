-- U1: undo of V1. V1 may have adopted tables full of the earlier tool's data, and an
-- undo must never destroy a racer's data: the tables are dropped only when all of them
-- are empty (a fresh database); otherwise they are kept with their rows and only the two
-- indexes V1 added go (no tool before Pitwall named an index so). Columns V1 added to an
-- early build's tables stay: they may hold what was written since.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM sessions)
       AND NOT EXISTS (SELECT 1 FROM vehicles)
       AND NOT EXISTS (SELECT 1 FROM racer_profiles)
       AND NOT EXISTS (SELECT 1 FROM teams) THEN
        DROP TABLE sessions;
        DROP TABLE vehicles;
        DROP TABLE racer_profiles;
        DROP TABLE teams;
    ELSE
        DROP INDEX IF EXISTS idx_vehicles_profile_id;
        DROP INDEX IF EXISTS idx_sessions_profile_vehicle;
        RAISE NOTICE 'U1 keeps the racing tables: they hold data';
    END IF;
END
$$;
