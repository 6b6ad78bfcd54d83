-- U2: undo of V2, as the earlier tool's deployment guide rolled Phase 4.4 back:
-- drop the index and the column. Which racer was the default is forgotten; V2 picks
-- one again when it is re-applied.
DROP INDEX IF EXISTS idx_racer_profiles_is_default;
ALTER TABLE racer_profiles DROP COLUMN IF EXISTS is_default;
