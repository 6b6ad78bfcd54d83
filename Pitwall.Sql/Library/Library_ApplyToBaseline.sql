-- A car's baseline with the library values applied (the row is already locked by Library_LockCar).
UPDATE vehicles SET baseline_setup = @setup::jsonb, updated_at = now()
WHERE id = @id;
