-- A library entry submitted by the active racer, in the earlier tool's columns: brand,
-- vehicle_model and track_name (NOT NULL there), the setup nested as that tool writes it, and
-- date_created (the date it shows: the racer's day, @today) beside created_at (the adopted table
-- may have no default for either). Nothing when there is no racer at all.
INSERT INTO master_library (submitted_by, brand, vehicle_model, track_name, traction, surface_condition, source,
                            driver_name, event_name, notes, setup, date_created, created_at)
SELECT r.id, @brand, @model, @trackname, @traction, @surfacecondition, @source,
       @drivername, @eventname, @notes, @setup::jsonb, @today::date, now()::timestamp
FROM racer_profiles r
WHERE r.id = pitwall_active_racer(@browser)
RETURNING id;
