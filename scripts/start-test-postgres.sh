#!/usr/bin/env bash
# Starts the PostgreSQL server the tests use through --database-url: Debian's postgresql package (installed when
# absent, as root), a cluster of its own in a temporary directory owned by the unprivileged postgres user,
# listening on 127.0.0.1 only. Idempotent: when the server already answers, it only prints the URL.
# Prints the connection URL on its last line; MIGRATION_LINT_TEST_PG_PORT and _DIR change where it runs.
set -euo pipefail
port="${MIGRATION_LINT_TEST_PG_PORT:-5433}"
dir="${MIGRATION_LINT_TEST_PG_DIR:-/tmp/migration-lint-test-postgres}"
url="postgres://postgres@127.0.0.1:${port}/postgres"

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

bin="$(bindir)"
if [ -n "$bin" ] && "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then echo "$url"; exit 0; fi

if [ -z "$bin" ] || [ ! -x "$bin/postgres" ]; then
  if [ "$(id -u)" != 0 ]; then echo "PostgreSQL is not installed: run as root, or apt-get install postgresql" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bin="$(bindir)"
fi

if [ ! -s "$dir/data/PG_VERSION" ]; then
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-sync >&2
fi
as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
  -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
echo "$url"
