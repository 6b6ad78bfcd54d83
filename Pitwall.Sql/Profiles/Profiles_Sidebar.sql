-- The sidebar: every racer, with the racer this browser has open marked (in the switcher's
-- order: SidebarRacer.InOrder). Which racer that is, is decided in one place only:
-- pitwall_active_racer (the browser's row, else the default racer), evaluated once here.
SELECT r.id, r.name, r.is_default AS isdefault, coalesce(r.id = active.id, false) AS isactive
FROM racer_profiles r
CROSS JOIN (SELECT pitwall_active_racer(@browser) AS id) active;
