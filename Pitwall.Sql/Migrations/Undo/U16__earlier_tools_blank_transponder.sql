-- U16: undo of V16. V6's car rules again, where '' is not a transponder.
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
       AND NEW.nickname IS NOT NULL AND char_length(NEW.nickname) > 60 THEN
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
