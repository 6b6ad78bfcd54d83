-- V8: gives back the default racer that U2 remembered when a rollback below V2 dropped
-- the is_default column (V2, applied again, can only guess: 'Default Racer' or the oldest).
-- Nothing to do on any other run. pitwall_rollback_memory comes from V1.1. Two statements,
-- the old default cleared first, because the unique index is checked row by row.
WITH remembered AS (
    SELECT r.id FROM pitwall_rollback_memory m JOIN racer_profiles r ON r.id = m.value::int
    WHERE m.key = 'V8 default racer'
)
UPDATE racer_profiles SET is_default = false
WHERE is_default AND EXISTS (SELECT 1 FROM remembered) AND id NOT IN (SELECT id FROM remembered);

UPDATE racer_profiles SET is_default = true
WHERE NOT is_default AND id IN (
    SELECT r.id FROM pitwall_rollback_memory m JOIN racer_profiles r ON r.id = m.value::int
    WHERE m.key = 'V8 default racer');

DELETE FROM pitwall_rollback_memory WHERE key = 'V8 default racer';
