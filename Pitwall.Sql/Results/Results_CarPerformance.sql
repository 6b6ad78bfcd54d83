-- A car of the active racer with one page of its sessions, newest first (by date, then creation;
-- a session without them last), each with its results (laps and stored figures), as one JSON
-- document; nothing for another racer's car, or for a @before that is not a session of the car.
-- A page holds @size sessions and one more, which only tells that older ones exist; an older
-- page starts after the session @before, by the same order, so it stays put while new sessions
-- are added.
SELECT json_build_object(
    'carId', v.id, 'brand', v.brand, 'model', v.model, 'nickname', v.nickname,
    'sessions', coalesce((
        SELECT json_agg(json_build_object(
            'id', s.id, 'name', s.session_name, 'date', s.session_date, 'type', s.session_type,
            'results', coalesce((
                SELECT json_agg(pitwall_result_json(r) ORDER BY r.id)
                FROM race_results r WHERE r.session_id = s.id), '[]'))
            ORDER BY s.at DESC, s.created DESC, s.id DESC)
        FROM (SELECT s.*, coalesce(s.session_date, '-infinity'::date) AS at, coalesce(s.created_at, '-infinity'::timestamp) AS created
              FROM sessions s
              WHERE s.vehicle_id = v.id
                AND (coalesce(s.session_date, '-infinity'::date), coalesce(s.created_at, '-infinity'::timestamp), s.id)    -- given @before
                    < (SELECT coalesce(b.session_date, '-infinity'::date), coalesce(b.created_at, '-infinity'::timestamp), b.id -- given @before
                       FROM sessions b WHERE b.id = @before AND b.vehicle_id = v.id)                                          -- given @before
              ORDER BY at DESC, created DESC, s.id DESC
              LIMIT @size + 1) s), '[]'))::text
FROM vehicles v
WHERE v.id = @car AND v.profile_id = pitwall_active_racer(@browser)
  AND EXISTS (SELECT 1 FROM sessions b WHERE b.id = @before AND b.vehicle_id = v.id);                                       -- given @before
