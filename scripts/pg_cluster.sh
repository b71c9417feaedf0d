#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the tests.
#
#   eval "$(scripts/pg_cluster.sh start)"   # sets DESK_TEST_DATABASE_URL (+ DESK_PG_CLUSTER_DIR)
#   scripts/pg_cluster.sh status
#   scripts/pg_cluster.sh stop [DIR]        # stops it and deletes its directory
#
# start: initdb (trust auth, superuser "postgres", database desk_test) into a fresh
# mktemp -d, server on a free loopback port with its socket in that directory, fsync
# off (the data is thrown away). Prints on stdout, and only there:
#   export DESK_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:PORT/desk_test
#   export DESK_PG_CLUSTER_DIR=/tmp/desk-pg.XXXXXX
# and records the cluster in tmp/pg_cluster.env (repo root) for a later `stop`.
# stop: the cluster given as DIR, else $DESK_PG_CLUSTER_DIR, else the recorded one.
# As root the server runs as the "postgres" OS user (PostgreSQL refuses to run as root).
# Binaries: the newest /usr/lib/postgresql/*/bin, or PG_BINDIR=/path/to/bin.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE_FILE=${DESK_PG_STATE_FILE:-$ROOT/tmp/pg_cluster.env}
DBNAME=desk_test

log() { printf 'pg_cluster: %s\n' "$*" >&2; }
die() {
    printf 'pg_cluster: ERROR: %s\n' "$*" >&2
    exit 1
}

find_bindir() {
    if [[ -n ${PG_BINDIR:-} ]]; then
        [[ -x $PG_BINDIR/pg_ctl ]] || die "PG_BINDIR=$PG_BINDIR has no pg_ctl"
        printf '%s\n' "$PG_BINDIR"
        return
    fi
    local d best="" best_v=-1 v
    for d in /usr/lib/postgresql/*/bin; do
        [[ -x $d/pg_ctl && -x $d/initdb ]] || continue
        v=${d#/usr/lib/postgresql/}
        v=${v%/bin}
        v=${v%%.*}
        [[ $v =~ ^[0-9]+$ ]] || continue
        if ((v > best_v)); then
            best_v=$v
            best=$d
        fi
    done
    if [[ -z $best ]] && command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
        best=$(dirname "$(command -v pg_ctl)")
    fi
    [[ -n $best ]] || die "no PostgreSQL server binaries found (/usr/lib/postgresql/*/bin).
  Install them: sudo apt-get install -y postgresql   (or run scripts/bootstrap.sh test)"
    printf '%s\n' "$best"
}

# as_pg CMD...: run CMD as the cluster owner (postgres when we are root, else ourselves).
as_pg() {
    if [[ $(id -u) -eq 0 ]]; then
        # cd somewhere postgres may enter, or initdb/pg_ctl complain about the cwd
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

free_port() {
    python3 - <<'EOF'
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

cmd_start() {
    local bindir base port attempt
    bindir=$(find_bindir)
    if [[ $(id -u) -eq 0 ]]; then
        id -u postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' OS user
  (it comes with Debian's postgresql package; or run this script as a normal user)"
        command -v runuser >/dev/null 2>&1 || die "runuser not found (util-linux)"
    fi

    base=$(mktemp -d "${TMPDIR:-/tmp}/desk-pg.XXXXXX")
    chmod 700 "$base"
    # Interrupted or failed before the end: leave nothing behind.
    PARTIAL_BASE=$base
    trap 'cleanup_partial' EXIT
    trap 'exit 130' INT TERM HUP
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$base"
        as_pg test -w "$base" || {
            rm -rf "$base"
            die "the postgres user cannot write to $base (TMPDIR=${TMPDIR:-/tmp} not reachable for it?)"
        }
    fi

    # C.UTF-8 (glibc >= 2.35, Debian 12) makes lower()/upper() work on non-ASCII text;
    # plain C is the fallback where that locale does not exist.
    if ! as_pg "$bindir/initdb" -D "$base/data" -U postgres -A trust -E UTF8 \
        --locale=C.UTF-8 --no-sync >"$base/initdb.log" 2>&1; then
        rm -rf "$base/data"
        if ! as_pg "$bindir/initdb" -D "$base/data" -U postgres -A trust -E UTF8 \
            --locale=C --no-sync >"$base/initdb.log" 2>&1; then
            cat "$base/initdb.log" >&2
            die "initdb failed"
        fi
    fi

    # The port is picked free, but another process may grab it before the server
    # does: retry a few times with a new one.
    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        if as_pg "$bindir/pg_ctl" -w -t 60 -D "$base/data" -l "$base/server.log" \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $base -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null 2>&1; then
            break
        fi
        if ((attempt == 5)); then
            tail -n 30 "$base/server.log" >&2 || true
            die "the server did not start (log above)"
        fi
        log "start on port $port failed (attempt $attempt), retrying"
    done
    printf 'PG_BASE=%s\nPG_PORT=%s\nPG_BINDIR=%s\n' "$base" "$port" "$bindir" >"$base/cluster.env"

    "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres "$DBNAME" >&2 ||
        die "createdb $DBNAME failed"

    if ! { mkdir -p "$(dirname "$STATE_FILE")" && cp "$base/cluster.env" "$STATE_FILE"; } 2>/dev/null; then
        log "could not record the cluster in $STATE_FILE: stop it with: $0 stop $base"
    fi
    log "PostgreSQL $("$bindir/postgres" -V | awk '{print $3}') on 127.0.0.1:$port, data in $base"
    printf 'export DESK_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:%s/%s\n' "$port" "$DBNAME"
    printf 'export DESK_PG_CLUSTER_DIR=%q\n' "$base"
    PARTIAL_BASE=
}

PARTIAL_BASE=
cleanup_partial() {
    if [[ -n $PARTIAL_BASE && -d $PARTIAL_BASE ]]; then
        stop_dir "$PARTIAL_BASE" || rm -rf "$PARTIAL_BASE"
    fi
}

# stop_dir DIR: stop the cluster living in DIR (if it runs) and delete DIR.
stop_dir() {
    local base=$1 bindir
    [[ -f $base/cluster.env || -d $base/data ]] || {
        log "$base is not a cluster made by this script: not touching it"
        return 1
    }
    bindir=$(sed -n 's/^PG_BINDIR=//p' "$base/cluster.env" 2>/dev/null || true)
    [[ -n $bindir && -x $bindir/pg_ctl ]] || bindir=$(find_bindir)
    if [[ -f $base/data/postmaster.pid ]]; then
        as_pg "$bindir/pg_ctl" -D "$base/data" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
            log "pg_ctl stop failed (server already gone?)"
    fi
    rm -rf "$base"
    log "stopped and removed $base"
}

cmd_stop() {
    local base=${1:-${DESK_PG_CLUSTER_DIR:-}}
    if [[ -z $base && -f $STATE_FILE ]]; then
        base=$(sed -n 's/^PG_BASE=//p' "$STATE_FILE")
    fi
    if [[ -z $base ]]; then
        log "no cluster recorded: nothing to stop"
        return 0
    fi
    if [[ -d $base ]]; then
        stop_dir "$base"
    else
        log "$base is already gone"
    fi
    # Forget it if it was the recorded one.
    if [[ -f $STATE_FILE ]] && [[ $(sed -n 's/^PG_BASE=//p' "$STATE_FILE") == "$base" ]]; then
        rm -f "$STATE_FILE"
    fi
}

cmd_status() {
    local base=${DESK_PG_CLUSTER_DIR:-}
    if [[ -z $base && -f $STATE_FILE ]]; then
        base=$(sed -n 's/^PG_BASE=//p' "$STATE_FILE")
    fi
    if [[ -z $base || ! -d $base ]]; then
        echo "no cluster"
        return 3
    fi
    local port bindir
    port=$(sed -n 's/^PG_PORT=//p' "$base/cluster.env")
    bindir=$(sed -n 's/^PG_BINDIR=//p' "$base/cluster.env")
    if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port"; then
        echo "running: 127.0.0.1:$port, data in $base"
    else
        echo "not answering: 127.0.0.1:$port, data in $base"
        return 1
    fi
}

case ${1:-} in
    start) cmd_start ;;
    stop) cmd_stop "${2:-}" ;;
    status) cmd_status ;;
    *)
        echo "usage: $0 start|stop [DIR]|status" >&2
        exit 2
        ;;
esac
