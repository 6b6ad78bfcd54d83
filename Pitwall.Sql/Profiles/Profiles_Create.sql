-- A new racer; the first racer ever becomes the default. The lock (V4) makes "is there a
-- default yet" exact under concurrency; name rules and uniqueness are the trigger's.
SELECT pitwall_lock_racers();
INSERT INTO racer_profiles (name, email, is_default)
VALUES (@name, @email, NOT EXISTS (SELECT 1 FROM racer_profiles WHERE is_default))
RETURNING id;
