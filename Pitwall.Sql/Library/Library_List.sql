-- One page of the deployment's library (shared by every racer), newest date_created first, as
-- rows of three kinds in one statement: the page's entries ('entry', one more than a page, so
-- the caller knows whether another follows), how many match ('count', counted up to 1,001), and
-- the filters' options ('option', from library_filter_options, kept by V19.1's trigger). Pages go
-- by key, never OFFSET: @before asks for entries older than entry @before, @after for newer than
-- @after (then in ascending order; the caller turns them round). A null filter matches
-- everything; @search matches any text of an entry (pitwall_library_text, trigram-indexed).
WITH cursor AS (
    SELECT coalesce(m.date_created, '-infinity'::date) AS day, m.id
    FROM master_library m WHERE m.id = coalesce(@before::int, @after::int)
),
matching AS NOT MATERIALIZED (
    SELECT m.*, coalesce(m.date_created, '-infinity'::date) AS day
    FROM master_library m
    WHERE (@brand::text IS NULL OR m.brand = @brand)
      AND (@model::text IS NULL OR m.vehicle_model = @model)
      AND (@track::text IS NULL OR m.track_name = @track)
      AND (@traction::text IS NULL OR m.traction = @traction)
      AND (@condition::text IS NULL OR m.surface_condition = @condition)
      AND (@search::text IS NULL OR pitwall_library_text(m.brand, m.vehicle_model, m.track_name, m.traction, m.surface_condition,
                                                         m.source, m.driver_name, m.event_name, m.notes)
                                    LIKE '%' || replace(replace(replace(lower(@search), '\', '\\'), '%', '\%'), '_', '\_') || '%')
),
page AS (
    (SELECT * FROM matching
     WHERE @after::int IS NULL
       AND (@before::int IS NULL OR NOT EXISTS (SELECT 1 FROM cursor) OR (day, id) < (SELECT c.day, c.id FROM cursor c))
     ORDER BY day DESC, id DESC LIMIT @limit + 1)
    UNION ALL
    (SELECT * FROM matching
     WHERE @after::int IS NOT NULL AND (day, id) > (SELECT c.day, c.id FROM cursor c)
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
