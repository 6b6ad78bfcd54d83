-- A library entry submitted by the active racer; created_at written here (the adopted table
-- may have no default for it). Nothing when there is no racer at all.
INSERT INTO master_library (submitted_by, brand, model, track_name, traction, surface_condition, source,
                            driver_name, event_name, notes, setup, created_at)
SELECT r.id, @brand, @model, @trackname, @traction, @surfacecondition, @source,
       @drivername, @eventname, @notes, @setup::jsonb, now()::timestamp
FROM racer_profiles r
WHERE r.id = pitwall_active_racer(@browser)
RETURNING id;
