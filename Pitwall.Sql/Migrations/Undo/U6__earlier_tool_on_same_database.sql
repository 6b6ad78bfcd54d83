-- U6: undo of V6. Pitwall's V4/V5 rules again, word for word: the earlier tool's empty
-- emails and nicknames, session types and statuses are refused on write again. Rows are
-- never touched (the rules are checked only when a value changes).
CREATE OR REPLACE FUNCTION racer_profiles_enforce_rules() RETURNS trigger
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

CREATE OR REPLACE FUNCTION vehicles_enforce_rules() RETURNS trigger
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

CREATE OR REPLACE FUNCTION sessions_enforce_rules() RETURNS trigger
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
