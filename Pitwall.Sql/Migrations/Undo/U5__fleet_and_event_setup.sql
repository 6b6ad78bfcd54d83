-- U5: undo of V5. Restoring UNIQUE (profile_id, brand, model) fails, and so the whole
-- rollback is refused with nothing changed, while a racer owns two cars of the same
-- brand and model: delete or rename one first. Rows are never touched.
DROP INDEX IF EXISTS idx_sessions_profile_created;
DROP TRIGGER IF EXISTS sessions_rules ON sessions;
DROP FUNCTION IF EXISTS sessions_enforce_rules();
DROP TRIGGER IF EXISTS vehicles_rules ON vehicles;
DROP FUNCTION IF EXISTS vehicles_enforce_rules();
DROP INDEX IF EXISTS vehicles_profile_car_unique;
ALTER TABLE vehicles ADD CONSTRAINT vehicles_profile_id_brand_model_key UNIQUE (profile_id, brand, model);
DROP FUNCTION IF EXISTS pitwall_active_racer(uuid);
