#!/usr/bin/env bash
# Stops every PostgreSQL server the tests started in folder $1, then deletes the folder.
# make test runs it when the run ends, passed, failed or interrupted: the test host can be
# ended before its exit handlers have stopped the servers it started.
set -u
folder=${1:?usage: stop-test-servers.sh FOLDER}
bin=${PITWALL_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
for data in "$folder"/*/; do
  [ -f "$data/postmaster.pid" ] || continue
  owner=$(stat -c %U "$data")
  # pg_ctl refuses root; the tests run the cluster as its folder's owner.
  if [ "$(id -u)" = 0 ] && [ "$owner" != root ]; then
    runuser -u "$owner" -- "$bin/pg_ctl" stop -D "$data" -m immediate -w >/dev/null
  else
    "$bin/pg_ctl" stop -D "$data" -m immediate -w >/dev/null
  fi
done
rm -rf "$folder"
