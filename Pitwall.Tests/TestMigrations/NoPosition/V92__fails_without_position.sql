-- A deliberately broken migration whose error has no position: PL/pgSQL raises it inside
-- a trigger, as the earlier tool's timestamp trigger did. The failing INSERT is on line 13.
CREATE TABLE no_position_marker (id int);

CREATE FUNCTION no_position_fail() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.no_such_field = 1;
    RETURN NEW;
END
$$;
CREATE TRIGGER no_position_trigger BEFORE INSERT ON no_position_marker FOR EACH ROW EXECUTE FUNCTION no_position_fail();

INSERT INTO no_position_marker VALUES (1);
