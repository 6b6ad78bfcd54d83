-- U19.1: undo of V19.1: the options table and its trigger, the search and key indexes, the
-- search function go; V12's index on created_at comes back; pg_trgm goes only if V19.1 made it.
DROP TRIGGER IF EXISTS master_library_count_inserted ON master_library;
DROP TRIGGER IF EXISTS master_library_count_updated ON master_library;
DROP TRIGGER IF EXISTS master_library_count_deleted ON master_library;
DROP FUNCTION IF EXISTS pitwall_count_library_options();
DROP TABLE IF EXISTS library_filter_options;
DROP INDEX IF EXISTS idx_library_newest;
CREATE INDEX IF NOT EXISTS idx_master_library_newest ON master_library (created_at DESC NULLS LAST, id DESC);
DROP INDEX IF EXISTS idx_library_search;
DROP FUNCTION IF EXISTS pitwall_library_text(text, text, text, text, text, text, text, text, text);
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pitwall_rollback_memory WHERE key = 'V19_1 pg_trgm') THEN
        DROP EXTENSION IF EXISTS pg_trgm;
        DELETE FROM pitwall_rollback_memory WHERE key = 'V19_1 pg_trgm';
    END IF;
END
$$;
