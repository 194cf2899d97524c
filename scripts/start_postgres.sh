#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on 127.0.0.1 for tests; print its SQLAlchemy URL.
#
#   scripts/start_postgres.sh [DIR]     start (or find running) in DIR; URL on stdout
#   scripts/start_postgres.sh stop DIR  stop the server and delete DIR
#
# Without DIR a fresh directory under ${TMPDIR:-/tmp} is used. Idempotent: a
# server already running in DIR is reused. Needs Debian's postgresql package
# (initdb, pg_ctl); when it is missing the script installs it with apt-get
# (through sudo when not root). PostgreSQL refuses to run as root, so as root
# the cluster belongs to the "postgres" user and commands run via runuser.
# The cluster listens on 127.0.0.1 only, on a free port, with a random
# password (scram-sha-256) and fsync off: for tests, never for data you keep.
set -euo pipefail

log() { echo "start_postgres: $*" >&2; }
die() { log "$*"; exit 1; }

find_bindir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then echo "$dir"; return 0; fi
    done
    if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
        dirname "$(command -v pg_ctl)"; return 0
    fi
    return 1
}

install_postgres() {
    command -v apt-get >/dev/null || die "PostgreSQL is not installed and apt-get is not available; install PostgreSQL (initdb, pg_ctl) or set ASSISTANT_TEST_POSTGRES_URL."
    local sudo=""
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || die "PostgreSQL is not installed; run 'sudo apt-get install -y postgresql' or set ASSISTANT_TEST_POSTGRES_URL."
        sudo="sudo -n"
    fi
    log "installing Debian's postgresql package"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q postgresql >&2 \
        || { $sudo apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q postgresql >&2; } \
        || die "apt-get install postgresql failed; install it by hand or set ASSISTANT_TEST_POSTGRES_URL."
}

as_owner() {  # run a command as the cluster owner
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

if [[ "${1:-}" == "stop" ]]; then
    DIR=${2:?usage: start_postgres.sh stop DIR}
    if [[ -f "$DIR/data/postmaster.pid" ]] && BIN=$(find_bindir); then
        as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
    fi
    rm -rf "$DIR"
    exit 0
fi

BIN=$(find_bindir) || { install_postgres; BIN=$(find_bindir) || die "postgresql installed but initdb/pg_ctl not found"; }

DIR=${1:-}
if [[ -z "$DIR" ]]; then
    DIR=$(mktemp -d "${TMPDIR:-/tmp}/agora-pg.XXXXXX")
fi
mkdir -p "$DIR"
chmod 755 "$DIR"   # the postgres user must reach its data and socket directories

if [[ -f "$DIR/url" ]] && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    cat "$DIR/url"
    exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user to own the cluster"
    chown postgres: "$DIR"
fi

if [[ ! -f "$DIR/data/PG_VERSION" ]]; then
    PASSWORD=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
    as_owner bash -c "umask 077; printf '%s\n' '$PASSWORD' > '$DIR/pwfile'"
    as_owner "$BIN/initdb" -D "$DIR/data" -U agora --pwfile="$DIR/pwfile" \
        --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 \
        || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
    as_owner rm -f "$DIR/pwfile"
    echo "$PASSWORD" > "$DIR/password"
    chmod 600 "$DIR/password"
fi
PASSWORD=$(cat "$DIR/password")

PORT=$(free_port)
as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/data/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories='$DIR' -c fsync=off -c full_page_writes=off" \
    start >&2 || { tail -20 "$DIR/data/server.log" >&2 || true; die "the server did not start"; }

PGPASSWORD=$PASSWORD "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U agora -d postgres -qAt \
    -c "SELECT 1 FROM pg_database WHERE datname = 'agora_test'" | grep -q 1 \
    || PGPASSWORD=$PASSWORD "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U agora agora_test \
    || die "createdb failed"

URL="postgresql+psycopg://agora:$PASSWORD@127.0.0.1:$PORT/agora_test"
echo "$URL" > "$DIR/url"
chmod 600 "$DIR/url"
log "PostgreSQL running in $DIR (stop: scripts/start_postgres.sh stop $DIR)"
echo "$URL"
