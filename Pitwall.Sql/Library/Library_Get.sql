-- One library entry with its setup as stored, nested or flat (every racer of the deployment may read it).
SELECT m.id, m.brand, m.vehicle_model AS model, m.track_name AS trackname, m.traction, m.surface_condition AS surfacecondition,
       m.source, m.driver_name AS drivername, m.event_name AS eventname, m.notes, m.date_created AS datecreated,
       (SELECT r.name FROM racer_profiles r WHERE r.id = m.submitted_by) AS submittedby,
       coalesce(m.setup, '{}')::text AS setup
FROM master_library m
WHERE m.id = @id;
