#!/usr/bin/env bash
# Sync client benchmarks for issue 6 (numbers only; nothing here asserts a timing):
#   bench/sync/run.sh [--build DIR] [--contacts N] [--runs N] [--json] [--data DIR]
# Starts the real liuliang-server on 127.0.0.1 over TLS (dev CA), seeds it ONCE: one device writes N
# contacts with history (2 follow-ups, 1 purchase, 2 tags each, plus 40 tags and 100 products) through the
# core and pushes them with the engine. Then liuliang-bench-sync measures, against that same server database:
#   sync.initial_pull      a fresh profile's first sync until the feed is drained (each run a new profile);
#   sync.no_change         a sync with nothing to push or pull;
#   sync.edit_propagation  one edit on device A, A syncs, B syncs, the value checked on B.
# --data DIR keeps the seeded server (database and dev CA) in DIR and reuses it on the next run with the
# same --contacts, since seeding 50,000 contacts takes far longer than measuring them.
# The server is stopped at the end, also on failure. Only 127.0.0.1 is used.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build="${LIULIANG_BENCH_BUILD:-$root/build-bench}"
contacts=50000
runs=5
json=()
data=
while (($#)); do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --contacts) contacts=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --json) json=(--json); shift ;;
    --data) data=$2; shift 2 ;;
    *) echo "usage: $0 [--build DIR] [--contacts N] [--runs N] [--json] [--data DIR]" >&2; exit 2 ;;
  esac
done
((runs >= 2 && runs <= 50)) || { echo "--runs must be 2..50" >&2; exit 2; }

server="$build/server/liuliang-server"
benchsync="$build/bench/liuliang-bench-sync"
for exe in "$server" "$benchsync"; do
  [[ -x "$exe" ]] || { echo "missing $exe (build liuliang-server and liuliang-bench-sync in $build)" >&2; exit 1; }
done
command -v curl >/dev/null || { echo "curl not found" >&2; exit 1; }

if [[ -n "$data" ]]; then
  mkdir -p "$data"
  work=$(cd "$data" && pwd)
else
  work=$(mktemp -d /tmp/liuliang-syncbench.XXXXXX)
fi
# shellcheck source=server.sh
source "$here/server.sh"
cleanup() {
  stop_server
  if [[ -n "$data" ]]; then rm -rf "$work/devices" "$work/seed"; else rm -rf "$work"; fi
}
trap cleanup EXIT

seeded="$work/server-data/.seeded-$contacts"
if [[ -n "$data" && ! -e "$seeded" ]]; then
  rm -rf "$work/server-data" # a different size, or an interrupted seed: start over
fi
start_server "$work/server-data"
common=(--server "$url" --ca "$ca" --user "$bench_user" --password-env LIULIANG_BENCH_SYNC_PASSWORD
        --contacts "$contacts")
if [[ -e "$seeded" ]]; then
  echo "reusing the server seeded with $contacts contacts in $work/server-data" >&2
else
  t0=$(date +%s.%N)
  "$benchsync" seed "${common[@]}" --work "$work/seed"
  rm -rf "$work/seed"
  touch "$seeded"
  echo "seeded in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s;" \
    "server database $(du -sh "$work/server-data" | cut -f1)" >&2
fi
# The server's CPU time and run-queue wait during the measurements (all its threads), for the analysis.
read -r cpu0 wait0 <<<"$(sched)"
t0=$(date +%s.%N)
"$benchsync" measure "${common[@]}" --work "$work/devices" --runs "$runs" "${json[@]}"
read -r cpu1 wait1 <<<"$(sched)"
echo "measure: $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s wall; server CPU" \
  "$(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN {print b - a}') s, server run-queue wait $(awk -v a="$wait0" -v b="$wait1" 'BEGIN {print b - a}') s;" \
  "load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
