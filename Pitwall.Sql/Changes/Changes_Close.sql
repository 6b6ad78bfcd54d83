-- Closes a locked session of the active racer in one statement: status 'closed', its
-- closeout (rating, what the car did, observation, the time) and the outcome of each of its
-- changes. The row is taken FOR UPDATE, so the answer says what happened: 'closed', 'draft'
-- (not locked yet), 'already_closed' or 'not_found' (no such session of this racer).
WITH target AS (
    SELECT id, status
    FROM sessions
    WHERE id = @id AND profile_id = pitwall_active_racer(@browser)
    FOR UPDATE
),
closed AS (
    UPDATE sessions AS s
    SET status = 'closed', last_updated = now(), updated_at = now()
    FROM target t
    WHERE s.id = t.id AND t.status IS DISTINCT FROM 'draft' AND t.status IS DISTINCT FROM 'closed'
    RETURNING s.id
),
closeout AS (
    INSERT INTO session_closeouts (session_id, rating, feel, observation)
    SELECT id, @rating, @feel, @observation FROM closed
    ON CONFLICT (session_id) DO UPDATE
        SET rating = EXCLUDED.rating, feel = EXCLUDED.feel, observation = EXCLUDED.observation, closed_at = now()
    RETURNING session_id
),
marked AS (
    UPDATE setup_changes AS c SET outcome = @outcome
    FROM closed
    WHERE c.session_id = closed.id
    RETURNING c.id
)
SELECT CASE
    WHEN EXISTS (SELECT 1 FROM closed) THEN 'closed'
    WHEN EXISTS (SELECT 1 FROM target WHERE status = 'draft') THEN 'draft'
    WHEN EXISTS (SELECT 1 FROM target) THEN 'already_closed'
    ELSE 'not_found'
END;
