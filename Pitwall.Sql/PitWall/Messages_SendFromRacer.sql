-- The racer this browser has open writes to their team's wall, about the session they have open
-- (@session, which must be theirs) or none. Nothing (no id) for another racer's session.
WITH racer AS (
    SELECT pitwall_active_racer(@browser) AS id
),
sent AS (
    INSERT INTO pit_wall_messages (team_id, profile_id, session_id, message, message_type, created_at)
    SELECT pitwall_team_of(racer.id), racer.id, @session::int, @message, @type, localtimestamp
    FROM racer
    WHERE racer.id IS NOT NULL AND pitwall_team_of(racer.id) IS NOT NULL
      AND (@session::int IS NULL OR EXISTS (SELECT 1 FROM sessions s WHERE s.id = @session::int AND s.profile_id = racer.id))
    RETURNING id
)
INSERT INTO pit_wall_message_meta (message_id, author)
SELECT id, 'racer' FROM sent
RETURNING message_id;
