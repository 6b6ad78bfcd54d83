-- U4: undo of V4. Dropping the key ring invalidates the antiforgery tokens and cookies
-- issued so far: browsers reload the page to get new ones. Racer rows are untouched.
DROP TABLE IF EXISTS data_protection_keys;
DROP INDEX IF EXISTS idx_racer_profiles_lower_name;
DROP TRIGGER IF EXISTS racer_profiles_rules ON racer_profiles;
DROP FUNCTION IF EXISTS racer_profiles_enforce_rules();
DROP FUNCTION IF EXISTS pitwall_lock_racers();
