-- The wall marks a racer's message to it read. Answers the racer's id when the message is one
-- of team @team written by a racer (read now or before); nothing otherwise.
WITH target AS (
    SELECT m.id, m.profile_id
    FROM pit_wall_messages m JOIN pit_wall_message_meta mm ON mm.message_id = m.id
    WHERE m.id = @id AND m.team_id = @team AND mm.author = 'racer'
),
marked AS (
    UPDATE pit_wall_message_meta SET read_at = now()
    WHERE message_id IN (SELECT id FROM target) AND read_at IS NULL
    RETURNING message_id
)
SELECT profile_id FROM target;
