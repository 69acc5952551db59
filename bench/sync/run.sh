#!/usr/bin/env bash
# Sync client benchmarks for issue 6 (numbers only; nothing here asserts a timing):
#   bench/sync/run.sh [--build DIR] [--contacts N] [--runs N] [--json]
# Starts the real liuliang-server on 127.0.0.1 over TLS (dev CA), seeds it ONCE: one device writes N
# contacts with history (2 follow-ups, 1 purchase, 2 tags each, plus 40 tags and 100 products) through the
# core and pushes them with the engine. Then liuliang-bench-sync measures, against that same server database:
#   sync.initial_pull      a fresh profile's first sync until the feed is drained (each run a new profile);
#   sync.no_change         a sync with nothing to push or pull;
#   sync.edit_propagation  one edit on device A, A syncs, B syncs, the value checked on B.
# The server is stopped at the end, also on failure. Only 127.0.0.1 is used.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build="${LIULIANG_BENCH_BUILD:-$root/build-bench}"
contacts=50000
runs=5
json=()
while (($#)); do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --contacts) contacts=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --json) json=(--json); shift ;;
    *) echo "usage: $0 [--build DIR] [--contacts N] [--runs N] [--json]" >&2; exit 2 ;;
  esac
done
((runs >= 2 && runs <= 50)) || { echo "--runs must be 2..50" >&2; exit 2; }

server="$build/server/liuliang-server"
benchsync="$build/bench/liuliang-bench-sync"
for exe in "$server" "$benchsync"; do
  [[ -x "$exe" ]] || { echo "missing $exe (build liuliang-server and liuliang-bench-sync in $build)" >&2; exit 1; }
done
command -v curl >/dev/null || { echo "curl not found" >&2; exit 1; }

work=$(mktemp -d /tmp/liuliang-syncbench.XXXXXX)
# shellcheck source=server.sh
source "$here/server.sh"
cleanup() { stop_server; rm -rf "$work"; }
trap cleanup EXIT

start_server "$work/server-data"
common=(--server "$url" --ca "$ca" --user "$bench_user" --password-env LIULIANG_BENCH_SYNC_PASSWORD
        --contacts "$contacts")
t0=$(date +%s.%N)
"$benchsync" seed "${common[@]}" --work "$work/seed"
rm -rf "$work/seed"
echo "seeded in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s;" \
  "server database $(du -sh "$work/server-data" | cut -f1)" >&2
# The server's CPU time and run-queue wait during the measurements (all its threads), for the analysis.
sched() { cat /proc/"$server_pid"/task/*/schedstat 2>/dev/null | awk '{c += $1; w += $2} END {printf "%.1f %.1f\n", c / 1e9, w / 1e9}'; }
read -r cpu0 wait0 <<<"$(sched)"
t0=$(date +%s.%N)
"$benchsync" measure "${common[@]}" --work "$work/devices" --runs "$runs" "${json[@]}"
read -r cpu1 wait1 <<<"$(sched)"
echo "measure: $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s wall; server CPU" \
  "$(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN {print b - a}') s, server run-queue wait $(awk -v a="$wait0" -v b="$wait1" 'BEGIN {print b - a}') s;" \
  "load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
