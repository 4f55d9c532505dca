# Shared by scripts/test.sh and scripts/bench.sh (sourced, not run): logging, waiting, free ports, and a
# private PostgreSQL 15 cluster. The traps each step avoids are in docs/test-services.md.
# shellcheck shell=bash

PG_BIN=/usr/lib/postgresql/15/bin
# Trap: another python3 (e.g. pyenv) may come first on PATH and cannot see Debian's aiosmtpd.
SYS_PYTHON=/usr/bin/python3

log() { printf '==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
now() { echo "$EPOCHREALTIME"; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }
tcp_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# free_ports N: N distinct loopback ports that are free right now (the kernel picks them: bind to port 0).
free_ports() {
  "$SYS_PYTHON" -c '
import socket, sys
socks = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in socks: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))' "$1"
}

# wait_until NAME PID LOG TIMEOUT_S COMMAND...: poll COMMAND; fail clearly on timeout or exit.
wait_until() {
  local name=$1 pid=$2 logfile=$3 deadline=$((SECONDS + $4))
  shift 4
  until "$@" >/dev/null 2>&1; do
    if [[ -n $pid ]] && ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$logfile" >&2; die "$name exited before it answered (log above)"
    fi
    if ((SECONDS >= deadline)); then
      tail -n 30 "$logfile" >&2; die "$name did not answer within $4 s (log above)"
    fi
    sleep 0.1
  done
}

# pg_start WORK_DIR PORT: a private cluster in WORK_DIR/pg (logs in WORK_DIR), user postgres/postgres.
# Trap: initdb refuses root, so it runs as postgres; and the postgres user must reach WORK_DIR (not under
# root's home nor $TMPDIR). Durability is off: the cluster is thrown away afterwards.
pg_start() {
  local work_dir=$1 port=$2 t pg_opts
  local data=$work_dir/pg
  [[ -x $PG_BIN/initdb ]] || die "PostgreSQL 15 binaries not found in $PG_BIN"
  t=$(now)
  install -d -o postgres -g postgres -m 700 "$data"
  echo postgres >"$work_dir/pg.pwfile" && chown postgres "$work_dir/pg.pwfile"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$data" -U postgres --pwfile="$work_dir/pg.pwfile" \
    --auth-host=scram-sha-256 --auth-local=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync \
    >"$work_dir/initdb.log" 2>&1 || { tail -n 30 "$work_dir/initdb.log" >&2; die "initdb failed"; }
  log "postgres: initdb in $(elapsed "$t")"
  t=$(now)
  touch "$work_dir/postgres.log" && chown postgres "$work_dir/postgres.log"
  # Unix socket in the data dir: /var/run/postgresql may be missing or not ours.
  # (pg_ctl hands -o to a shell: keep it on one line.)
  pg_opts="-c listen_addresses=127.0.0.1 -p $port -k $data -c max_connections=200"
  pg_opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$data" -l "$work_dir/postgres.log" -W -o "$pg_opts" start >/dev/null
  wait_until postgres "" "$work_dir/postgres.log" 30 "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port"
  log "postgres: 127.0.0.1:$port ready in $(elapsed "$t")"
}

# pg_stop DATA_DIR: fast shutdown, immediate if that hangs; nothing when it is not running.
pg_stop() {
  local data=$1
  [[ -n $data && -f $data/postmaster.pid ]] || return 0
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$data" -m fast -w -t 20 stop >/dev/null 2>&1 ||
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1
  return 0
}
