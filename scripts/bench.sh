#!/usr/bin/env bash
# The benchmark command:  bash scripts/bench.sh [--quick] [scenario ...]
#
# Builds tests/Creo.Benchmarks in Release, starts a private PostgreSQL 15 on a free loopback port (as
# scripts/test.sh does; installs it from Debian's packages if missing), runs the scenarios (all by default:
# submit, reads, pipeline, retention, export, fanout, webhooks, sessions) and rewrites docs/performance.md with the machine, the date and
# the figures. --quick runs every scenario at a tiny size to check the benchmark code and writes nothing.
# A full run takes about 16 minutes on 2 cores (the 100k export and fan-out scenarios are most of it).
# shellcheck disable=SC2317  # (functions called only from traps are reachable)
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_ROOT"
# shellcheck source=SCRIPTDIR/lib/services.sh
source "$REPO_ROOT/scripts/lib/services.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
WORK_DIR="" PG_DATA=""
on_exit() {
  local rc=$?
  set +e
  pg_stop "$PG_DATA"
  [[ -n $WORK_DIR ]] && rm -rf "$WORK_DIR"
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

((EUID == 0)) || die "must run as root (initdb refuses root, so it runs as postgres via runuser)"
if ! dpkg-query -W -f='${Status}' postgresql 2>/dev/null | grep -q '^install ok installed$'; then
  log "installing Debian package postgresql"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql; } \
    >/dev/null </dev/null || die "apt-get failed"
fi

args=("$@")
output=()
[[ " $* " == *" --quick "* ]] || output=(--out "$REPO_ROOT/docs/performance.md")

log "dotnet build tests/Creo.Benchmarks -c Release"
dotnet build tests/Creo.Benchmarks/Creo.Benchmarks.csproj -c Release -v q -nologo -clp:ErrorsOnly

WORK_DIR=$(mktemp -d /tmp/creo-bench.XXXXXX)
chmod 755 "$WORK_DIR"
read -r PG_PORT < <(free_ports 1)
PG_DATA=$WORK_DIR/pg
pg_start "$WORK_DIR" "$PG_PORT"
export CREO_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres"

tests/Creo.Benchmarks/bin/Release/net10.0/Creo.Benchmarks "${output[@]}" "${args[@]}"
