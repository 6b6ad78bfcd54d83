-- V4: what the racer-profile journey needs beyond the adopted schema.
--
-- 1. Rules for racers, enforced by the database for every row inserted and every name or
--    email changed: name 1-80 characters without surrounding blanks, unique ignoring case;
--    email empty or a plausible address of at most 254 characters. A trigger rather than
--    CHECK/UNIQUE because adopted databases may already break them (two names that differ
--    only in case, a 200-character name): such rows must not block this migration and are
--    not changed, but they cannot be copied into new or edited rows.
-- 2. One advisory lock, pitwall_lock_racers(), serialises every statement that changes
--    names or the default racer, so concurrent requests cannot interleave badly.
-- 3. The ASP.NET data-protection key ring, so antiforgery tokens and cookies survive
--    restarts and are understood by every instance.

CREATE FUNCTION pitwall_lock_racers() RETURNS boolean
    LANGUAGE sql VOLATILE
    AS 'SELECT true FROM pg_advisory_xact_lock(72617001)';

CREATE FUNCTION racer_profiles_enforce_rules() RETURNS trigger
    LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.name IS DISTINCT FROM OLD.name THEN
        IF NEW.name IS NULL OR char_length(NEW.name) NOT BETWEEN 1 AND 80 OR NEW.name <> btrim(NEW.name) THEN
            RAISE EXCEPTION 'racer name must be 1 to 80 characters without surrounding blanks'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'racer_profiles_name_rule';
        END IF;
        -- Under the lock, and with a fresh snapshot (volatile function), so two requests
        -- creating the same name one after the other cannot both pass.
        PERFORM pitwall_lock_racers();
        IF EXISTS (SELECT 1 FROM racer_profiles
                   WHERE lower(name) = lower(NEW.name) AND id IS DISTINCT FROM NEW.id) THEN
            RAISE EXCEPTION 'a racer named % already exists', NEW.name
                USING ERRCODE = 'unique_violation', CONSTRAINT = 'racer_profiles_name_unique';
        END IF;
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.email IS DISTINCT FROM OLD.email)
       AND NEW.email IS NOT NULL
       AND (char_length(NEW.email) > 254 OR NEW.email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$') THEN
        RAISE EXCEPTION 'racer email must be a plausible address of at most 254 characters'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'racer_profiles_email_rule';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER racer_profiles_rules
    BEFORE INSERT OR UPDATE OF name, email ON racer_profiles
    FOR EACH ROW EXECUTE FUNCTION racer_profiles_enforce_rules();

CREATE INDEX IF NOT EXISTS idx_racer_profiles_lower_name ON racer_profiles (lower(name));

CREATE TABLE data_protection_keys (
    friendly_name text PRIMARY KEY,
    xml           text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
