-- The wall writes to a racer of team @team, about the session their card shows; the author is
-- kept beside the message. Nothing (no id) for a racer of another team.
WITH sent AS (
    INSERT INTO pit_wall_messages (team_id, profile_id, session_id, message, message_type, created_at)
    SELECT @team, r.id, pitwall_card_session(r.id), @message, @type, localtimestamp
    FROM racer_profiles r
    WHERE r.id = @racer AND coalesce(r.team_id, pitwall_default_team()) = @team
    RETURNING id
)
INSERT INTO pit_wall_message_meta (message_id, author)
SELECT id, 'wall' FROM sent
RETURNING message_id;
