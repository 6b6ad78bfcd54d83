-- The pit wall's cards: one per racer of the team (@team, else the team of the racer this
-- browser has open), most recent activity first. A card holds the racer's open session (draft
-- or active), else the latest (pitwall_card_session); the latest result with the gap to the heat's fastest where other
-- results of that heat are known (same LiveRC event, else same track and day); the last change
-- logged and its outcome (with how many changed in that session); the last message and how many
-- of the racer's are unread; and the seconds since any of that changed.
WITH team AS (
    SELECT coalesce(@team::int, pitwall_team_of(pitwall_active_racer(@browser))) AS id
),
racers AS (
    SELECT r.id, r.name, team.id AS team_id
    FROM racer_profiles r, team
    WHERE r.team_id = team.id OR (r.team_id IS NULL AND team.id = pitwall_default_team())
)
SELECT r.id AS racerid, r.name AS racername,
       s.id AS sessionid, s.session_name AS sessionname, s.session_type AS sessiontype, s.status AS sessionstatus,
       s.track_name AS trackname, s.session_date AS sessiondate,
       nullif(concat_ws(' ', v.brand, v.model, nullif(v.nickname, '')), '') AS car,
       res.heat_name AS heat, res.position, res.best_lap AS bestlap, res.gap,
       ch.parameter AS changeparameter, ch.old_value AS changefrom, ch.new_value AS changeto,
       ch.outcome AS changeoutcome, ch.changes AS changecount,
       msg.message AS lastmessage, msg.message_type AS lastmessagetype, msg.author AS lastmessageauthor,
       unread.count AS unread,
       -- greatest() skips a NULL: a racer with no activity at all has no age.
       CASE WHEN activity.at IS NOT NULL THEN greatest(0, extract(epoch FROM localtimestamp - activity.at))::int END AS secondsago
FROM racers r
LEFT JOIN LATERAL (SELECT pitwall_card_session(r.id) AS id) shown ON true
LEFT JOIN sessions s ON s.id = shown.id
LEFT JOIN vehicles v ON v.id = s.vehicle_id
LEFT JOIN LATERAL (
    SELECT x.heat_name, x.position, x.best_lap, x.created_at,
           CASE WHEN others.best IS NOT NULL THEN x.best_lap - least(x.best_lap, others.best) END AS gap
    FROM race_results x
    LEFT JOIN sessions xs ON xs.id = x.session_id
    CROSS JOIN LATERAL (
        SELECT min(o.best_lap) AS best
        FROM race_results o LEFT JOIN sessions os ON os.id = o.session_id
        WHERE o.id <> x.id AND o.heat_name = x.heat_name AND o.best_lap IS NOT NULL
          AND CASE WHEN x.liverc_event_id IS NOT NULL THEN o.liverc_event_id = x.liverc_event_id
                   ELSE o.liverc_event_id IS NULL AND os.track_name = xs.track_name AND os.session_date = xs.session_date END) others
    WHERE x.profile_id = r.id
    ORDER BY x.created_at DESC NULLS LAST, x.id DESC
    LIMIT 1) res ON true
LEFT JOIN LATERAL (
    SELECT c.parameter, c.old_value, c.new_value, c.outcome, c.created_at,
           (SELECT count(*) FROM setup_changes c2 WHERE c2.session_id = c.session_id) AS changes
    FROM setup_changes c JOIN sessions cs ON cs.id = c.session_id
    WHERE cs.profile_id = r.id
    ORDER BY c.created_at DESC NULLS LAST, c.id DESC
    LIMIT 1) ch ON true
LEFT JOIN LATERAL (
    SELECT m.message, m.message_type, coalesce(mm.author, 'wall') AS author, m.created_at
    FROM pit_wall_messages m LEFT JOIN pit_wall_message_meta mm ON mm.message_id = m.id
    WHERE m.profile_id = r.id AND m.team_id = r.team_id
    ORDER BY m.id DESC
    LIMIT 1) msg ON true
CROSS JOIN LATERAL (
    SELECT count(*) AS count
    FROM pit_wall_messages m JOIN pit_wall_message_meta mm ON mm.message_id = m.id
    WHERE m.profile_id = r.id AND m.team_id = r.team_id AND mm.author = 'racer' AND mm.read_at IS NULL) unread
CROSS JOIN LATERAL (
    SELECT greatest(
        (SELECT max(coalesce(s2.last_updated, s2.updated_at, s2.created_at)) FROM sessions s2 WHERE s2.profile_id = r.id),
        (SELECT max(co.closed_at)::timestamp FROM session_closeouts co JOIN sessions cs ON cs.id = co.session_id WHERE cs.profile_id = r.id),
        res.created_at, ch.created_at, msg.created_at) AS at) activity
ORDER BY activity.at DESC NULLS LAST, lower(r.name), r.id;
