# Pitwall — the two commands are `make run` and `make test`; the rest drive the database by hand.
# Every target honours DATABASE_URL; without it the embedded PostgreSQL in .pitwall/ is used.
SHELL := /bin/bash
.DEFAULT_GOAL := run
export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE := 1

# Every command runs the app as the Docker image does: the Release build, published (htmx and the
# CSS precompressed and fingerprinted, served with immutable caching), from publish/web.
PUBLISH_DIR := publish/web
APP := cd $(PUBLISH_DIR) && dotnet Pitwall.Web.dll

.PHONY: run build app test deps deps-postgres deps-chromium deps-bench migrate rollback db-status db-stop publish bench clean

## run: publish the Release build, start the embedded PostgreSQL (unless DATABASE_URL is set), migrate, serve on :5080 (or $PORT)
run: deps-postgres app
	$(APP) serve

## build: compile everything (Debug), for working on the code
build:
	dotnet build pitwall.sln -v quiet -nologo

app:
	dotnet publish Pitwall.Web/Pitwall.Web.csproj -c Release -o $(PUBLISH_DIR) -v quiet -nologo

## test: install what is missing, then every xunit and Playwright test against throwaway PostgreSQL servers
test: deps
	dotnet build pitwall.sln -c Release -v quiet -nologo
	dotnet publish Pitwall.Web/Pitwall.Web.csproj -c Release -o $(PUBLISH_DIR) -v quiet -nologo
	@servers=$$(mktemp -d /tmp/pitwall-test-servers.XXXXXX) && chmod 755 $$servers && \
	trap 'bash Pitwall.Tests/Infrastructure/stop-test-servers.sh "'"$$servers"'"' EXIT && \
	export PITWALL_TEST_SERVERS=$$servers && \
	dotnet test Pitwall.Tests/Pitwall.Tests.csproj -c Release --no-build --logger "console;verbosity=normal" && \
	dotnet test e2e/Pitwall.E2E.csproj -c Release --no-build --logger "console;verbosity=normal"

migrate: deps-postgres app
	$(APP) migrate

## rollback: undo the newest migration, or every version above TO (make rollback TO=1)
rollback: deps-postgres app
	$(APP) rollback $(if $(TO),--to $(TO))

db-status: deps-postgres app
	$(APP) db-status

db-stop: app
	$(APP) db-stop

publish:
	dotnet publish Pitwall.Web/Pitwall.Web.csproj -c Release -o $(PUBLISH_DIR) -nologo

## bench: Release build against a private PostgreSQL on loopback; writes bench/results.md and bench/ratios.png (BENCH_SECONDS per run, 4; BENCH_REPEATS, 3)
bench: deps-postgres deps-bench
	dotnet tool restore
	dotnet publish Pitwall.Web/Pitwall.Web.csproj -c Release -o $(PUBLISH_DIR) -v quiet -nologo
	dotnet run --project bench/Pitwall.Bench -c Release

# wrk drives the app, gnuplot draws the chart (both Debian packages); dotnet-trace (a local tool from NuGet) profiles it.
deps-bench:
	@{ command -v wrk && command -v gnuplot; } >/dev/null 2>&1 || { \
	  echo "Installing wrk and gnuplot (apt-get install wrk gnuplot-nox)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk gnuplot-nox >/dev/null; }

deps: deps-postgres deps-chromium

# PostgreSQL server binaries for the embedded and throwaway clusters (Debian: package postgresql).
deps-postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || [ -n "$$PITWALL_PG_BIN" ] || { \
	  echo "Installing PostgreSQL server binaries (apt-get install postgresql)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }

# Debian's Chromium for the Playwright tests (Playwright cannot download its own browser here).
deps-chromium:
	@{ command -v chromium && [ -d /usr/share/fonts/truetype/noto ]; } >/dev/null 2>&1 || { \
	  echo "Installing Chromium and an emoji font (apt-get install chromium fonts-noto-color-emoji)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji >/dev/null; }

# A cluster kept under /var/lib/pitwall (as root, when 'postgres' cannot reach this folder) is deleted too.
clean:
	-$(APP) db-stop --delete-data 2>/dev/null
	rm -rf publish .pitwall */bin */obj bench/*/bin bench/*/obj Pitwall.Web/wwwroot/lib e2e/test-results
