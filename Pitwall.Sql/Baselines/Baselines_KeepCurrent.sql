-- Before a baseline is replaced: the car's current baseline goes into its history unless the
-- newest entry already holds exactly it (typed in Shop Master, or adopted: source 'shop-master').
INSERT INTO baseline_history (vehicle_id, setup, source)
SELECT v.id, coalesce(v.baseline_setup, '{}'), 'shop-master'
FROM vehicles v
WHERE v.id = @car
  AND coalesce(v.baseline_setup, '{}') IS DISTINCT FROM
      (SELECT h.setup FROM baseline_history h WHERE h.vehicle_id = v.id ORDER BY h.id DESC LIMIT 1);
