-- The racer this browser has open acknowledges a message from the wall ("Got it"). A message
-- the earlier tool stored gets its row in pit_wall_message_meta now, as the wall's. Answers the
-- message's id when it is about this racer and from the wall; nothing otherwise.
WITH target AS (
    SELECT m.id
    FROM pit_wall_messages m LEFT JOIN pit_wall_message_meta mm ON mm.message_id = m.id
    WHERE m.id = @id AND m.profile_id = pitwall_active_racer(@browser) AND coalesce(mm.author, 'wall') = 'wall'
),
marked AS (
    INSERT INTO pit_wall_message_meta (message_id, author, read_at)
    SELECT id, 'wall', now() FROM target
    ON CONFLICT (message_id) DO UPDATE SET read_at = coalesce(pit_wall_message_meta.read_at, EXCLUDED.read_at)
    RETURNING message_id
)
SELECT id FROM target;
