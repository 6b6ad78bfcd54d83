-- One page of the deployment's library (shared by every racer), newest date_created first, with the
-- filters' choices taken from the data and the count of matching entries, as one JSON
-- document. A null filter matches everything; @search matches any text of an entry.
WITH matching AS (
    SELECT m.*
    FROM master_library m
    WHERE (@brand::text IS NULL OR m.brand = @brand)
      AND (@model::text IS NULL OR m.vehicle_model = @model)
      AND (@track::text IS NULL OR m.track_name = @track)
      AND (@traction::text IS NULL OR m.traction = @traction)
      AND (@condition::text IS NULL OR m.surface_condition = @condition)
      AND (@search::text IS NULL OR concat_ws(' ', m.brand, m.vehicle_model, m.track_name, m.traction, m.surface_condition,
                                              m.source, m.driver_name, m.event_name, m.notes)
                                    ILIKE '%' || replace(replace(replace(@search, '\', '\\'), '%', '\%'), '_', '\_') || '%')
),
page AS (
    SELECT * FROM matching ORDER BY date_created DESC NULLS LAST, id DESC LIMIT @limit OFFSET @offset
)
SELECT json_build_object(
    'total', (SELECT count(*) FROM matching),
    'entries', coalesce((
        SELECT json_agg(json_build_object(
            'id', p.id, 'brand', p.brand, 'model', p.vehicle_model, 'trackName', p.track_name, 'traction', p.traction,
            'surfaceCondition', p.surface_condition, 'source', p.source, 'driverName', p.driver_name,
            'eventName', p.event_name, 'notes', p.notes, 'dateCreated', p.date_created,
            'submittedBy', (SELECT r.name FROM racer_profiles r WHERE r.id = p.submitted_by))
            ORDER BY p.date_created DESC NULLS LAST, p.id DESC)
        FROM page p), '[]'),
    'brands', (SELECT coalesce(json_agg(DISTINCT m.brand), '[]') FROM master_library m WHERE coalesce(m.brand, '') <> ''),
    'models', (SELECT coalesce(json_agg(DISTINCT m.vehicle_model), '[]') FROM master_library m WHERE coalesce(m.vehicle_model, '') <> ''),
    'tracks', (SELECT coalesce(json_agg(DISTINCT m.track_name), '[]') FROM master_library m WHERE coalesce(m.track_name, '') <> ''),
    'tractions', (SELECT coalesce(json_agg(DISTINCT m.traction), '[]') FROM master_library m WHERE coalesce(m.traction, '') <> ''),
    'conditions', (SELECT coalesce(json_agg(DISTINCT m.surface_condition), '[]') FROM master_library m WHERE coalesce(m.surface_condition, '') <> '')
)::text;
