-- The change log of a session just locked (same transaction): one row per changed parameter,
-- in the earlier tool's columns (source 'manual', status 'accepted') plus what Pitwall keeps
-- current (compared_with, previous_session_id: see V10's trigger).
INSERT INTO setup_changes (session_id, vehicle_id, parameter, old_value, new_value, lap_time_before, lap_time_after,
                           source, status, compared_with, previous_session_id, created_at)
SELECT @sessionid, @carid, c.parameter, c.old_value, c.new_value, @before, @after,
       'manual', 'accepted', @comparedwith, @previousid, now()
FROM unnest(@parameters::text[], @oldvalues::text[], @newvalues::text[]) AS c(parameter, old_value, new_value);
