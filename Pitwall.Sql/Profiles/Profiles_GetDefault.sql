-- The default racer: an index scan of the partial unique index idx_racer_profiles_is_default.
-- The app runs this lookup inside pitwall_active_racer() (the only place that decides it); this
-- file is the lookup on its own, for `make bench` (its plan and latency at 1,000,000 racers).
SELECT r.id, r.name, r.email, r.facebook, r.instagram,
       array_to_string(coalesce(r.sponsors, '{}'), E'\n') AS sponsorlines,
       r.is_default AS isdefault,
       true AS isactive
FROM racer_profiles r
WHERE r.is_default;
