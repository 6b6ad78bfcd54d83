-- A tire set, engine or part for a car of the active racer. A part counts from now (results already
-- in the car's history are not its); a tire set or engine counts every session it is mounted for.
-- Answers 'saved', 'duplicate' (the car has an item of that name, any case) or 'not_found'.
WITH car AS (
    SELECT v.id FROM vehicles v WHERE v.id = @car AND v.profile_id = pitwall_active_racer(@browser)
),
added AS (
    INSERT INTO wear_items (vehicle_id, kind, name, every_laps, every_hours, counted_from)
    SELECT car.id, @kind, @name, @everylaps::int, @everyhours::numeric, CASE WHEN @kind = 'part' THEN LOCALTIMESTAMP END
    FROM car
    ON CONFLICT DO NOTHING
    RETURNING id
)
SELECT CASE
    WHEN EXISTS (SELECT 1 FROM added) THEN 'saved'
    WHEN EXISTS (SELECT 1 FROM car) THEN 'duplicate'
    ELSE 'not_found'
END;
