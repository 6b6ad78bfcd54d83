-- V5: what Shop Master and Event Setup need beyond the adopted schema.
--
-- 1. pitwall_active_racer(session): the racer a browser works on (its session's racer,
--    else the default). Every car and session statement filters on it, so an id that
--    belongs to another racer simply matches nothing.
-- 2. A racer may own two cars of the same brand and model when their nicknames differ:
--    the earlier tool's UNIQUE (profile_id, brand, model) gives way to a unique index that
--    includes the nickname. Strictly weaker, so adopted data always satisfies it.
-- 3. Rules for new and changed values (a trigger, as in V4, so adopted rows that break
--    them are neither blocked nor changed): car fields within their lengths, setups are
--    JSON objects, session type/size/traction/status from their lists.

CREATE FUNCTION pitwall_active_racer(session uuid) RETURNS integer
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(
        (SELECT s.racer_id FROM browser_sessions s WHERE s.id = session),
        (SELECT r.id FROM racer_profiles r WHERE r.is_default))
$$;

DO $$
DECLARE
    legacy text;
BEGIN
    FOR legacy IN
        SELECT con.conname
        FROM pg_constraint con
        WHERE con.conrelid = 'vehicles'::regclass
          AND con.contype = 'u'
          AND (SELECT array_agg(a.attname::text ORDER BY a.attname)
               FROM pg_attribute a
               WHERE a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey)) = ARRAY['brand', 'model', 'profile_id']
    LOOP
        EXECUTE format('ALTER TABLE vehicles DROP CONSTRAINT %I', legacy);
    END LOOP;
END
$$;

CREATE UNIQUE INDEX vehicles_profile_car_unique
    ON vehicles (profile_id, brand, model, coalesce(nickname, ''));

CREATE FUNCTION vehicles_enforce_rules() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF (TG_OP = 'INSERT' OR NEW.brand IS DISTINCT FROM OLD.brand)
       AND (NEW.brand IS NULL OR char_length(NEW.brand) NOT BETWEEN 1 AND 60 OR NEW.brand <> btrim(NEW.brand)) THEN
        RAISE EXCEPTION 'car brand must be 1 to 60 characters' USING ERRCODE = 'check_violation', CONSTRAINT = 'vehicles_brand_rule';
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.model IS DISTINCT FROM OLD.model)
       AND (NEW.model IS NULL OR char_length(NEW.model) NOT BETWEEN 1 AND 60 OR NEW.model <> btrim(NEW.model)) THEN
        RAISE EXCEPTION 'car model must be 1 to 60 characters' USING ERRCODE = 'check_violation', CONSTRAINT = 'vehicles_model_rule';
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.nickname IS DISTINCT FROM OLD.nickname)
       AND NEW.nickname IS NOT NULL AND char_length(NEW.nickname) NOT BETWEEN 1 AND 60 THEN
        RAISE EXCEPTION 'car nickname must be at most 60 characters' USING ERRCODE = 'check_violation', CONSTRAINT = 'vehicles_nickname_rule';
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.transponder IS DISTINCT FROM OLD.transponder)
       AND NEW.transponder IS NOT NULL AND NEW.transponder !~ '^[0-9A-Za-z-]{1,20}$' THEN
        RAISE EXCEPTION 'transponder must be 1 to 20 letters, digits or dashes' USING ERRCODE = 'check_violation', CONSTRAINT = 'vehicles_transponder_rule';
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.baseline_setup IS DISTINCT FROM OLD.baseline_setup)
       AND NEW.baseline_setup IS NOT NULL AND jsonb_typeof(NEW.baseline_setup) <> 'object' THEN
        RAISE EXCEPTION 'baseline setup must be a JSON object' USING ERRCODE = 'check_violation', CONSTRAINT = 'vehicles_setup_rule';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER vehicles_rules
    BEFORE INSERT OR UPDATE OF brand, model, nickname, transponder, baseline_setup ON vehicles
    FOR EACH ROW EXECUTE FUNCTION vehicles_enforce_rules();

CREATE FUNCTION sessions_enforce_rules() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF (TG_OP = 'INSERT' OR NEW.session_type IS DISTINCT FROM OLD.session_type)
       AND NEW.session_type NOT IN ('Practice', 'Qualifier', 'Main') THEN
        RAISE EXCEPTION 'session type must be Practice, Qualifier or Main' USING ERRCODE = 'check_violation', CONSTRAINT = 'sessions_type_rule';
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.track_size IS DISTINCT FROM OLD.track_size)
       AND NEW.track_size IS NOT NULL AND NEW.track_size NOT IN ('Small', 'Medium', 'Large') THEN
        RAISE EXCEPTION 'track size must be Small, Medium or Large' USING ERRCODE = 'check_violation', CONSTRAINT = 'sessions_track_size_rule';
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.traction IS DISTINCT FROM OLD.traction)
       AND NEW.traction IS NOT NULL AND NEW.traction NOT IN ('Low', 'Medium', 'High') THEN
        RAISE EXCEPTION 'traction must be Low, Medium or High' USING ERRCODE = 'check_violation', CONSTRAINT = 'sessions_traction_rule';
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status)
       AND NEW.status NOT IN ('draft', 'active', 'completed', 'archived') THEN
        RAISE EXCEPTION 'session status must be draft, active, completed or archived' USING ERRCODE = 'check_violation', CONSTRAINT = 'sessions_status_rule';
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.actual_setup IS DISTINCT FROM OLD.actual_setup)
       AND NEW.actual_setup IS NOT NULL AND jsonb_typeof(NEW.actual_setup) <> 'object' THEN
        RAISE EXCEPTION 'session setup must be a JSON object' USING ERRCODE = 'check_violation', CONSTRAINT = 'sessions_setup_rule';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER sessions_rules
    BEFORE INSERT OR UPDATE OF session_type, track_size, traction, status, actual_setup ON sessions
    FOR EACH ROW EXECUTE FUNCTION sessions_enforce_rules();

-- The Event Setup panel lists a racer's sessions per car, newest first.
CREATE INDEX IF NOT EXISTS idx_sessions_profile_created ON sessions (profile_id, created_at DESC);
