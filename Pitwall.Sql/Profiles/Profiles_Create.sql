-- A new racer; the first racer ever becomes the default. The lock (V4) makes "is there a
-- default yet" exact under concurrency; name rules and uniqueness are the trigger's. Names are
-- stored in Unicode NFC, so the two spellings of "é" are one name (.NET runs without ICU here).
SELECT pitwall_lock_racers();
INSERT INTO racer_profiles (name, email, is_default)
VALUES (normalize(@name, NFC), @email, NOT EXISTS (SELECT 1 FROM racer_profiles WHERE is_default))
RETURNING id;
