-- A draft's setup with the library values applied (the row is already locked by Library_LockDraft).
UPDATE sessions SET actual_setup = @setup::jsonb, last_updated = now(), updated_at = now()
WHERE id = @id AND status = 'draft';
