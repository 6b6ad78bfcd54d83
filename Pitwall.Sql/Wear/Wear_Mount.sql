-- Puts a tire set or engine of the session's car on it for a session of the active racer (taking
-- off the one of that kind it had: one of each per session, by wear_mounts' key), or with @item
-- null takes off the one it had. Answers 'saved', or 'not_found': not this racer's session, or
-- not a tire set or engine of its car.
WITH target AS (
    SELECT s.id, s.vehicle_id FROM sessions s WHERE s.id = @id AND s.profile_id = pitwall_active_racer(@browser)
),
item AS (
    SELECT i.id, i.kind FROM wear_items i JOIN target t ON i.vehicle_id = t.vehicle_id
    WHERE i.id = @item::int AND i.kind = @kind
),
taken_off AS (
    DELETE FROM wear_mounts AS m USING target t
    WHERE m.session_id = t.id AND m.kind = @kind AND @item::int IS NULL
    RETURNING m.session_id
),
put_on AS (
    INSERT INTO wear_mounts (session_id, kind, item_id)
    SELECT t.id, i.kind, i.id FROM target t CROSS JOIN item i
    ON CONFLICT (session_id, kind) DO UPDATE SET item_id = EXCLUDED.item_id
    RETURNING session_id
)
SELECT CASE
    WHEN NOT EXISTS (SELECT 1 FROM target) THEN 'not_found'
    WHEN @item::int IS NULL OR EXISTS (SELECT 1 FROM put_on) THEN 'saved'
    ELSE 'not_found'
END;
