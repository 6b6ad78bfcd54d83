-- One racer for 📝 Edit Profile: the one asked for (@id), else the racer this browser has
-- open (pitwall_active_racer). Nothing when there is no such racer.
SELECT r.id, r.name, r.email, r.facebook, r.instagram,
       array_to_string(coalesce(r.sponsors, '{}'), E'\n') AS sponsorlines,
       r.is_default AS isdefault
FROM racer_profiles r
WHERE r.id = coalesce(@id::int, pitwall_active_racer(@browser));
