-- U3: undo of V3. Browser sessions only remember which racer a browser had open;
-- dropping them sends every browser back to the default racer.
DROP TABLE IF EXISTS browser_sessions;
