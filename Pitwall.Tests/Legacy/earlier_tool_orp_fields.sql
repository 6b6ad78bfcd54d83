-- The earlier tool's manual "ORP fields" migration (LEGACY.md), which its current users
-- applied by hand from its migrations folder: its v1.8 writes name these four columns.
ALTER TABLE racer_profiles ADD COLUMN IF NOT EXISTS experience_level VARCHAR(50) DEFAULT 'Intermediate';
ALTER TABLE racer_profiles ADD COLUMN IF NOT EXISTS driving_style VARCHAR(255);
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS practice_rounds INTEGER DEFAULT 0;
ALTER TABLE sessions ADD COLUMN IF NOT EXISTS qualifying_rounds INTEGER DEFAULT 0;
