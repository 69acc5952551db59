#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL 15 cluster on 127.0.0.1:
#   scripts/with-postgres.sh CMD [ARGS...]
# The cluster lives in a fresh temp dir on a free port, CMD sees its URL in
# LIULIANG_TEST_DATABASE_URL, and the cluster is stopped and deleted afterwards (also on failure).
# initdb refuses to run as root, so as root the cluster runs as the `postgres` user.
set -euo pipefail

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[[ -x "$PG_BIN/initdb" ]] || { echo "with-postgres: no PostgreSQL server binaries found" >&2; exit 1; }

dir=$(mktemp -d /tmp/liuliang-pg.XXXXXX)
chmod 755 "$dir"
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres: "$dir"
  as_pg=(runuser -u postgres --)
fi

cleanup() {
  "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

"${as_pg[@]}" "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }

# A random high port; if another process holds it, pg_ctl fails fast and we try another.
started=0
for _ in 1 2 3 4 5 6 7 8; do
  port=$((20000 + RANDOM % 40000))
  if "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
       -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off -c max_connections=50" \
       start >/dev/null 2>&1; then
    started=1
    break
  fi
done
((started)) || { echo "with-postgres: PostgreSQL did not start" >&2; cat "$dir/server.log" >&2; exit 1; }
"${as_pg[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres liuliang

export LIULIANG_TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/liuliang"
status=0
"$@" || status=$?
exit $status
