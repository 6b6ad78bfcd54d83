-- V19.1: the library list at the scale a club's library reaches (issue 19: 100,000 entries).
-- 1. Search by a trigram index (pg_trgm) over the text of an entry, through one immutable
--    expression that the list's query uses too. Where the host refuses the extension, search
--    still works, by scanning; a notice says so.
-- 2. Pages by key (newest date_created first, then id) instead of OFFSET: an index on that key.
--    V12's index on created_at served the old order and goes.
-- 3. The filters' options (brands, models, tracks, tractions, surface conditions) counted in a
--    table of Pitwall's own, kept by a trigger on master_library, so that the list reads them
--    instead of five DISTINCT scans, and the earlier tool's own inserts count too.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        BEGIN
            CREATE EXTENSION pg_trgm;
            INSERT INTO pitwall_rollback_memory (key, value) VALUES ('V19_1 pg_trgm', 'created')
            ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, saved_at = now();
        EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
            RAISE NOTICE 'pg_trgm is not available here: the library search scans instead of using an index';
        END;
    END IF;
END
$$;

-- The text an entry is searched by, lower-cased, in one place (Library_List.sql calls it too).
CREATE FUNCTION pitwall_library_text(brand text, model text, track text, traction text, surface text,
                                     source text, driver text, event text, notes text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT lower(coalesce(brand, '') || ' ' || coalesce(model, '') || ' ' || coalesce(track, '') || ' ' || coalesce(traction, '')
                 || ' ' || coalesce(surface, '') || ' ' || coalesce(source, '') || ' ' || coalesce(driver, '') || ' '
                 || coalesce(event, '') || ' ' || coalesce(notes, ''))
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE $i$
            CREATE INDEX idx_library_search ON master_library USING gin (
                pitwall_library_text(brand, vehicle_model, track_name, traction, surface_condition, source,
                                     driver_name, event_name, notes) gin_trgm_ops)$i$;
    END IF;
END
$$;

DROP INDEX IF EXISTS idx_master_library_newest;
CREATE INDEX idx_library_newest ON master_library ((coalesce(date_created, '-infinity'::date)) DESC, id DESC);

CREATE TABLE library_filter_options (
    kind    varchar(20) NOT NULL CONSTRAINT library_filter_options_kind_rule
                CHECK (kind IN ('brand', 'model', 'track', 'traction', 'condition')),
    value   text NOT NULL,
    entries integer NOT NULL,
    PRIMARY KEY (kind, value)
);

INSERT INTO library_filter_options (kind, value, entries)
SELECT o.kind, o.value, count(*)
FROM master_library m
CROSS JOIN LATERAL (VALUES ('brand', m.brand), ('model', m.vehicle_model), ('track', m.track_name),
                           ('traction', m.traction), ('condition', m.surface_condition)) AS o(kind, value)
WHERE coalesce(o.value, '') <> ''
GROUP BY o.kind, o.value;

-- Once per statement, from its transition tables: a bulk insert counts in one step.
CREATE FUNCTION pitwall_count_library_options() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        WITH gone AS (
            SELECT o.kind, o.value, count(*) AS n
            FROM old_rows m
            CROSS JOIN LATERAL (VALUES ('brand', m.brand), ('model', m.vehicle_model), ('track', m.track_name),
                                       ('traction', m.traction), ('condition', m.surface_condition)) AS o(kind, value)
            WHERE coalesce(o.value, '') <> ''
            GROUP BY o.kind, o.value
        )
        UPDATE library_filter_options f SET entries = f.entries - gone.n
        FROM gone WHERE f.kind = gone.kind AND f.value = gone.value;
        DELETE FROM library_filter_options WHERE entries <= 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO library_filter_options (kind, value, entries)
        SELECT o.kind, o.value, count(*)
        FROM new_rows m
        CROSS JOIN LATERAL (VALUES ('brand', m.brand), ('model', m.vehicle_model), ('track', m.track_name),
                                   ('traction', m.traction), ('condition', m.surface_condition)) AS o(kind, value)
        WHERE coalesce(o.value, '') <> ''
        GROUP BY o.kind, o.value
        ON CONFLICT (kind, value) DO UPDATE SET entries = library_filter_options.entries + EXCLUDED.entries;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER master_library_count_inserted AFTER INSERT ON master_library
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pitwall_count_library_options();
CREATE TRIGGER master_library_count_updated AFTER UPDATE ON master_library
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pitwall_count_library_options();
CREATE TRIGGER master_library_count_deleted AFTER DELETE ON master_library
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION pitwall_count_library_options();
