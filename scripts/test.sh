#!/usr/bin/env bash
# The project's one test command:  bash scripts/test.sh [extra `dotnet test` arguments]
#
# Installs what the tests need (once), starts private PostgreSQL 15, S3 (s3rver) and SMTP
# (aiosmtpd Maildir) services on free loopback ports in a fresh temp dir, exports their
# CREO_TEST_* settings, runs every test project of Creo.sln, and always stops what it started.
# The very last line printed is "N passed, N failed" (", N skipped" when any), summed from the
# xUnit XML result files in .artifacts/test-results. Exit 0 only if tests ran and none failed.
# The service recipes and their traps are in docs/test-services.md.
# shellcheck disable=SC2317  # (functions called only from traps are reachable)
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_ROOT"

# shellcheck source=SCRIPTDIR/lib/services.sh
source "$REPO_ROOT/scripts/lib/services.sh"   # PG_BIN, SYS_PYTHON, log, die, wait_until, pg_start, ...
S3RVER_VERSION=5.0.0
# s3rver is cached outside the repo, so fresh clones on the same machine reuse it.
TOOLS_DIR=${CREO_TOOLS_DIR:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/creo/tools}
S3RVER_DIR=$TOOLS_DIR/s3rver-$S3RVER_VERSION-creo1   # -creo1: patched, see below
RESULTS_DIR=$REPO_ROOT/.artifacts/test-results   # .artifacts/ is gitignored
LOGS_DIR=$REPO_ROOT/.artifacts/test-logs
S3_BUCKET=creo-test
# ffmpeg: the app takes video poster frames with it (about 45 s more on a fresh machine, --no-install-recommends).
# unzip: the data export's ZIP writer is checked against Info-ZIP's reader (and python3's zipfile).
DEBIAN_PACKAGES=(postgresql chromium python3-aiosmtpd fonts-dejavu-core ffmpeg unzip)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# One stream, so that the summary line is the last line however the output is captured.
exec 2>&1


# ---------------------------------------------------------------------------------------------
# Cleanup: runs on every exit (success, failure, Ctrl-C, SIGTERM) and prints the summary line
# last, so the final line is always the count, even when setup failed and nothing ran.
# ---------------------------------------------------------------------------------------------
SUMMARY="0 passed, 1 failed"   # replaced once result files have been read
WORK_DIR="" STAGING="" PG_DATA="" S3_PID="" SMTP_PID="" DOTNET_PID=""

stop_pid() {   # stop_pid PID: TERM, wait up to 5 s, then KILL
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null
  for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  return 0
}

on_exit() {
  local rc=$? i
  set +e
  trap '' INT TERM
  if [[ -n $DOTNET_PID ]] && kill -0 "$DOTNET_PID" 2>/dev/null; then
    log "stopping dotnet test"   # it runs in its own process group (setsid): end the whole group
    kill -TERM -- "-$DOTNET_PID" 2>/dev/null
    for ((i = 0; i < 50; i++)); do kill -0 -- "-$DOTNET_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$DOTNET_PID" 2>/dev/null
  fi
  [[ -n $S3_PID ]] && stop_pid "$S3_PID"
  [[ -n $SMTP_PID ]] && stop_pid "$SMTP_PID"
  pg_stop "$PG_DATA"
  [[ -n $STAGING ]] && rm -rf "$STAGING"   # an npm install cut short
  if [[ -n $WORK_DIR && -d $WORK_DIR ]]; then
    rm -rf "$LOGS_DIR" && mkdir -p "$LOGS_DIR" && cp "$WORK_DIR"/*.log "$LOGS_DIR"/ 2>/dev/null
    rm -rf "$WORK_DIR"
    log "services stopped (their logs: ${LOGS_DIR#"$REPO_ROOT"/})"
  fi
  ((rc == 0)) && [[ $SUMMARY == "0 passed, 1 failed" ]] && rc=1
  printf '%s\n' "$SUMMARY"
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------
# Install what is missing (idempotent: nothing is fetched when it is all there).
# ---------------------------------------------------------------------------------------------
missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  ((EUID == 0)) || die "missing Debian packages: ${missing[*]} (run as root, or install them)"
  log "installing Debian packages: ${missing[*]}"
  apt_log=$(mktemp)
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends "${missing[@]}"; } >"$apt_log" 2>&1 </dev/null; then
    tail -n 40 "$apt_log" >&2; rm -f "$apt_log"; die "apt-get failed"
  fi
  rm -f "$apt_log"
fi
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium not found"
((EUID == 0)) || die "must run as root (initdb refuses root, so it runs as postgres via runuser)"

# Trap: the fork has no bin and plain `s3rver` 3.x corrupts the .NET SDK's chunked uploads.
if [[ ! -f $S3RVER_DIR/node_modules/@20minutes/s3rver/lib/cli.js ]]; then
  log "installing npm @20minutes/s3rver@$S3RVER_VERSION into $S3RVER_DIR"
  mkdir -p "$TOOLS_DIR"
  STAGING=$(mktemp -d "$TOOLS_DIR/.s3rver-staging.XXXXXX")
  echo '{"private": true}' >"$STAGING/package.json"
  if ! npm install --prefix "$STAGING" --no-audit --no-fund --loglevel=error \
    "@20minutes/s3rver@$S3RVER_VERSION" >"$STAGING/npm.log" 2>&1 </dev/null; then
    tail -n 40 "$STAGING/npm.log" >&2; die "npm install failed"
  fi
  # Trap: s3rver signs bucket-level calls (ListObjects, PutBucket) as `/bucket` where AWSSDK.S3
  # signs the `/bucket/` it sends, so they fail with SignatureDoesNotMatch. Its
  # --allow-mismatched-signatures flag "fixes" that by accepting ANY well-formed signature, so
  # a tampered presigned URL then gets 200 instead of 403. Instead, sign the path actually sent.
  # shellcheck disable=SC2016  # (JavaScript, not shell)
  node -e '
    const fs = require("fs"), file = process.argv[1];
    const old = "      if (ctx.params.key) {\n        canonicalizedResource += `/${ctx.params.key}`\n      }\n";
    const src = fs.readFileSync(file, "utf8");
    if (src.split(old).length !== 2) { console.error("s3rver patch: target not found in " + file); process.exit(1); }
    fs.writeFileSync(file, src.replace(old, old.trimEnd() +
      " else if (ctx.path.endsWith(\"/\")) {\n        canonicalizedResource += \"/\" // creo: the path actually sent\n      }\n"));
  ' "$STAGING/node_modules/@20minutes/s3rver/lib/middleware/authentication.js" || die "could not patch s3rver"
  # Move into place only when complete, so an interrupted install is never mistaken for one.
  rm -rf "$S3RVER_DIR" && mv "$STAGING" "$S3RVER_DIR" && STAGING=""
fi

# ---------------------------------------------------------------------------------------------
# Start the services.
# ---------------------------------------------------------------------------------------------
# Trap: the postgres user must reach the cluster dir, so not under root's home nor $TMPDIR.
WORK_DIR=$(mktemp -d /tmp/creo-test.XXXXXX)
chmod 755 "$WORK_DIR"

read -r PG_PORT S3_PORT SMTP_PORT < <(free_ports 3)

PG_DATA=$WORK_DIR/pg
pg_start "$WORK_DIR" "$PG_PORT"

# S3: @20minutes/s3rver (patched above, so no --allow-mismatched-signatures: signatures are
# really checked). --openssl-legacy-provider: s3rver seals ListObjectsV2 continuation tokens with DES, which
# Node 17+ refuses without it (a listing past 1,000 keys failed). Trap: under `node -e … -- ARGS` process.argv holds no script path, so
# cli.js's argv.slice(2) would drop the first flag (-d): hand it an argv of the usual shape.
t=$(now)
mkdir -p "$WORK_DIR/s3"
NODE_PATH=$S3RVER_DIR/node_modules setsid node --openssl-legacy-provider -e \
  "require('@20minutes/s3rver/lib/cli.js').parseAsync(['node', 's3rver', ...process.argv.slice(1)])" \
  -- -d "$WORK_DIR/s3" -a 127.0.0.1 -p "$S3_PORT" --configure-bucket "$S3_BUCKET" \
  >"$WORK_DIR/s3rver.log" 2>&1 </dev/null &
S3_PID=$!
wait_until s3rver "$S3_PID" "$WORK_DIR/s3rver.log" 30 tcp_open "$S3_PORT"
log "s3rver: 127.0.0.1:$S3_PORT ready in $(elapsed "$t")"

# SMTP: aiosmtpd writing each mail as a file in a Maildir (cur/new/tmp must exist first).
t=$(now)
MAILDIR=$WORK_DIR/maildir
mkdir -p "$MAILDIR"/{cur,new,tmp}
setsid "$SYS_PYTHON" -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$MAILDIR" \
  >"$WORK_DIR/smtp.log" 2>&1 </dev/null &
SMTP_PID=$!
wait_until smtp "$SMTP_PID" "$WORK_DIR/smtp.log" 30 tcp_open "$SMTP_PORT"
log "smtp: 127.0.0.1:$SMTP_PORT ready in $(elapsed "$t")"

export CREO_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres"
export CREO_TEST_S3_SERVICE_URL="http://127.0.0.1:$S3_PORT"
export CREO_TEST_S3_ACCESS_KEY=S3RVER CREO_TEST_S3_SECRET_KEY=S3RVER CREO_TEST_S3_BUCKET=$S3_BUCKET
export CREO_TEST_SMTP_HOST=127.0.0.1 CREO_TEST_SMTP_PORT=$SMTP_PORT CREO_TEST_SMTP_MAILDIR=$MAILDIR
export CREO_TEST_CHROMIUM=/usr/bin/chromium

# ---------------------------------------------------------------------------------------------
# Run the tests. Each test module writes its own xUnit XML (summed below) and a TRX for viewers, named
# after its project (tests/Directory.Build.props), so no two modules can overwrite each other.
# ---------------------------------------------------------------------------------------------
rm -rf "$RESULTS_DIR" && mkdir -p "$RESULTS_DIR"
# In the background + `wait`, so that a signal reaches our trap at once (bash defers traps
# until a foreground command ends); setsid gives it a process group that cleanup can end whole.
dotnet_rc=0
run_dotnet() {   # run_dotnet ARGS...: one dotnet command; remembers the first failing exit code
  local rc=0
  setsid dotnet "$@" </dev/null &
  DOTNET_PID=$!
  wait "$DOTNET_PID" || rc=$?
  DOTNET_PID=""
  ((dotnet_rc != 0)) || dotnet_rc=$rc
  return 0
}
log "dotnet build Creo.sln"
run_dotnet build Creo.sln -v quiet -nologo
if ((dotnet_rc == 0)); then
  # --ignore-exit-code 8: a module in which no test ran (none yet, or all filtered out) is not a
  # failure by itself; the summary below still demands that at least one test ran overall.
  common=(--no-build --results-directory "$RESULTS_DIR" --no-progress --ignore-exit-code 8)
  # Two rounds. First every module but the browser's, four at once: the default is one module per core, so on two
  # cores the longest module (the web tests) waited for the application tests; most of a module's time is spent
  # waiting on the database or a stand-in, so four at once finish sooner without starving any.
  log "dotnet test: every module but the browser tests $*"
  run_dotnet test --solution scripts/without-browser-tests.slnf "${common[@]}" --max-parallel-test-modules 4 "$@"
  # Then the browser tests alone: Chromium and the app it drives need the cores, and sharing them with three other
  # modules made their waits for a state (30-60 s) run out on a loaded CI machine.
  log "dotnet test: the browser tests $*"
  run_dotnet test --project tests/Creo.EndToEnd.Tests "${common[@]}" "$@"
fi

summary=$("$SYS_PYTHON" "$REPO_ROOT/scripts/summarize-test-results.py" "$RESULTS_DIR") || summary="0 0 0 0"
sed '$d' <<<"$summary"                                          # one line per test assembly
read -r passed failed skipped files <<<"$(tail -n 1 <<<"$summary")"   # totals
rc=0
if ((files == 0)); then
  log "no result file was produced (did the build fail?); dotnet test exited with $dotnet_rc"
  exit 1   # SUMMARY stays "0 passed, 1 failed"
fi
# Every test project must report on a full run: a module whose results went missing would otherwise only
# lower the total. (With a filter, a module may rightly run nothing.)
projects=$(find "$REPO_ROOT/tests" -maxdepth 1 -type d -name 'Creo.*.Tests' | wc -l)
if (($# == 0 && files < projects)); then
  log "only $files result files for $projects test projects: counted as 1 failed"
  failed=$((failed + 1))
fi
if ((dotnet_rc != 0 && failed == 0)); then
  log "dotnet test exited with $dotnet_rc although no result file shows a failure (a test host crashed or a project did not build?): counted as 1 failed"
  failed=1
fi
((dotnet_rc == 0)) || rc=1
((failed == 0)) || rc=1
if ((passed + failed == 0)); then
  log "no test ran"
  rc=1
fi
SUMMARY="$passed passed, $failed failed"
((skipped == 0)) || SUMMARY+=", $skipped skipped"
exit "$rc"
