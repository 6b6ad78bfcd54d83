-- One page of the deployment's library (shared by every racer), newest date_created first, as
-- rows of three kinds in one statement: the page's entries ('entry', one more than a page, so
-- the caller knows whether another follows), how many match ('count', counted up to 1,001), and
-- the filters' options ('option', from library_filter_options, kept by V19.1's trigger). Pages go
-- by key, never OFFSET: @before asks for entries older than entry @before, @after for newer than
-- @after (then in ascending order; the caller turns them round). A null filter matches
-- everything; @search matches any text of an entry (pitwall_library_text, trigram-indexed).
-- A filter's lines go only when it is given (SqlFiles.Get(name, given)): each set of filters is
-- then a statement of its own, prepared with a plan that uses that filter's index; one statement
-- with "@brand IS NULL OR …" would get a generic plan that cannot use any.
-- The page's edge is always a bound, (infinity, max id) when there is no entry to start from, so
-- it is one row comparison that idx_library_newest starts its scan at: an OR around it would
-- make the index walk every newer entry first (99,980 of them for page 5,000 of 100,000).
WITH bound AS (
    SELECT coalesce(c.day, 'infinity'::date) AS day, coalesce(c.id, 2147483647) AS id
    FROM (SELECT 1) one
    LEFT JOIN (SELECT coalesce(m.date_created, '-infinity'::date) AS day, m.id
               FROM master_library m WHERE m.id = coalesce(@before::int, @after::int)) c ON true
),
-- A search's matches are few next to the library: found once through the trigram index, then
-- paged and counted (12 ms for a name in 2 % of 100,000 entries; walking the newest-first index
-- and testing each entry took 62). Without one, the page walks that index and stops at 21.
matching AS MATERIALIZED (                                                                        -- given @search
matching AS NOT MATERIALIZED (                                                                    -- without @search
    SELECT m.*, coalesce(m.date_created, '-infinity'::date) AS day
    FROM master_library m
    WHERE true
      AND m.brand = @brand                                                                        -- given @brand
      AND m.vehicle_model = @model                                                                -- given @model
      AND m.track_name = @track                                                                   -- given @track
      AND m.traction = @traction                                                                  -- given @traction
      AND m.surface_condition = @condition                                                        -- given @condition
      AND pitwall_library_text(m.brand, m.vehicle_model, m.track_name, m.traction, m.surface_condition, m.source,  -- given @search
                               m.driver_name, m.event_name, m.notes)                                               -- given @search
          LIKE '%' || replace(replace(replace(lower(@search), '\', '\\'), '%', '\%'), '_', '\_') || '%'          -- given @search
),
page AS (
    (SELECT * FROM matching
     WHERE @after::int IS NULL AND (day, id) < (SELECT b.day, b.id FROM bound b)
     ORDER BY day DESC, id DESC LIMIT @limit + 1)
    UNION ALL
    (SELECT * FROM matching
     WHERE @after::int IS NOT NULL AND (day, id) > (SELECT b.day, b.id FROM bound b)
     ORDER BY day ASC, id ASC LIMIT @limit + 1)
)
SELECT 'entry' AS kind, p.id, p.brand, p.vehicle_model AS model, p.track_name AS trackname, p.traction,
       p.surface_condition AS surfacecondition, p.source, p.driver_name AS drivername, p.event_name AS eventname, p.notes,
       p.date_created AS datecreated, (SELECT r.name FROM racer_profiles r WHERE r.id = p.submitted_by) AS submittedby,
       NULL::text AS facet, NULL::text AS value, NULL::bigint AS entries
FROM page p
UNION ALL
SELECT 'count', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       (SELECT count(*) FROM (SELECT 1 FROM matching ORDER BY day DESC, id DESC LIMIT 1001) c)
UNION ALL
SELECT 'option', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, o.kind, o.value, o.entries
FROM library_filter_options o;
