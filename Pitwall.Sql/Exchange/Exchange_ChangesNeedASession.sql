-- Whether this database's change log requires every change to name a session: the earlier
-- tool's setup_changes does, and so does Pitwall's since V18 (unless it already held changes of no
-- session then). An import leaves a change of no session out where it does, and its preview says so.
SELECT coalesce((SELECT a.attnotnull FROM pg_attribute a
                 WHERE a.attrelid = 'setup_changes'::regclass AND a.attname = 'session_id' AND NOT a.attisdropped), false);
