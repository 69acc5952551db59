#!/usr/bin/env bash
# Server benchmarks for issue 5 (numbers only; nothing here asserts a timing):
#   bench/server-run.sh [--build DIR] [--runs N] [--postgres]
# Starts the real liuliang-server on 127.0.0.1 (dev CA, one org/store/guide via `admin`), logs in, then
#   pull: no-change GET /v1/sync/pull over TLS with keep-alive, wrk -t1 -c2 -d10s (wrk does NOT verify
#         the server certificate; the login and push below use curl --cacert with the dev CA);
#   push: one POST /v1/sync/push of 10,000 new-contact upserts, curl's total request time.
# Each run gets a fresh data dir (and, with --postgres, a fresh database in the cluster that
# scripts/with-postgres.sh started). Prints one line per measurement and a median summary.
# The server is stopped at the end, also on failure. Only 127.0.0.1 is used.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build="$root/build-sbench"
runs=5
postgres=0
while (($#)); do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --postgres) postgres=1; shift ;;
    *) echo "usage: $0 [--build DIR] [--runs N] [--postgres]" >&2; exit 2 ;;
  esac
done
((runs >= 1 && runs <= 50)) || { echo "--runs must be 1..50" >&2; exit 2; }

if ((postgres)) && [[ -z "${LIULIANG_TEST_DATABASE_URL:-}" ]]; then
  exec "$root/scripts/with-postgres.sh" "$0" --build "$build" --runs "$runs" --postgres
fi

server="$build/server/liuliang-server"
bodygen="$build/bench/server/liuliang-bench-push-body"
for exe in "$server" "$bodygen"; do
  [[ -x "$exe" ]] || { echo "missing $exe (build with -DLIULIANG_BUILD_SERVER=ON)" >&2; exit 1; }
done
command -v wrk >/dev/null || { echo "wrk not found (apt-get install -y wrk)" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl not found" >&2; exit 1; }

work=$(mktemp -d /tmp/liuliang-sbench.XXXXXX)
# shellcheck source=bench/lib/server.sh
source "$here/lib/server.sh"
cleanup() { stop_server; rm -rf "$work"; }
trap cleanup EXIT

backend=sqlite
((postgres)) && backend=postgresql
password='bench-password-123'

pulls=()
pushes=()
pushcpus=()
for ((run = 1; run <= runs; run++)); do
  data="$work/data$run"
  dbargs=()
  if ((postgres)); then
    fresh_database "bench$run"
  fi
  org=$("$server" admin --data "$data" "${dbargs[@]}" org-create --name Bench | tail -1)
  store=$("$server" admin --data "$data" "${dbargs[@]}" store-create --org "$org" --name Store | tail -1)
  printf '%s\n' "$password" |
    "$server" admin --data "$data" "${dbargs[@]}" staff-create --org "$org" --store "$store" \
      --username guide --name Guide --role guide >/dev/null

  serve "$work/server$run.log" "$data" "${dbargs[@]}"

  device="bench-device-$run"
  token=$(login guide "$password" "$device")

  # (b) push of 10,000 mutations: the whole HTTP request, as curl times it.
  "$bodygen" --device "$device" --count 10000 --first-mutation 1 >"$work/push.json"
  before=$(sched)
  push_s=$(curl -sS --cacert "$ca" -o "$work/push.out" -w '%{time_total}' \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data-binary @"$work/push.json" "$url/v1/sync/push")
  read -r push_cpu push_wait <<<"$(since "$before")"
  applied=$(grep -o '"status":"applied"' "$work/push.out" | wc -l)
  ((applied == 10000)) || { echo "push: only $applied of 10000 applied" >&2; head -c 500 "$work/push.out" >&2; exit 1; }

  # Page through to the head, so the measured pull has nothing to return.
  cursor=0
  for _ in $(seq 1 100); do
    page=$(curl -fsS --cacert "$ca" -H "Authorization: Bearer $token" "$url/v1/sync/pull?cursor=$cursor&limit=1000")
    cursor=$(grep -oE '"nextCursor":[0-9]+' <<<"$page" | cut -d: -f2)
    grep -q '"hasMore":true' <<<"$page" || break
  done

  # (a) no-change pulls: 1 thread, 2 keep-alive connections, 10 s.
  before=$(sched)
  wrk -t1 -c2 -d10s -H "Authorization: Bearer $token" "$url/v1/sync/pull?cursor=$cursor&limit=500" \
    >"$work/wrk$run.txt"
  read -r pull_cpu pull_wait <<<"$(since "$before")"
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk$run.txt")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk$run.txt")
  [[ -z "$non2xx" ]] || { echo "pull: $non2xx non-2xx answers" >&2; cat "$work/wrk$run.txt" >&2; exit 1; }

  stop_server
  echo "run $run ($backend): pull ${rps} req/s (server cpu ${pull_cpu} s, runq wait ${pull_wait} s in 10 s)," \
    "push10k ${push_s} s (server cpu ${push_cpu} s, runq wait ${push_wait} s), load $(cut -d' ' -f1 /proc/loadavg)"
  pulls+=("$rps")
  pushes+=("$push_s")
  pushcpus+=("$push_cpu")
done

pull_med=$(printf '%s\n' "${pulls[@]}" | median)
push_med=$(printf '%s\n' "${pushes[@]}" | median)
pushcpu_med=$(printf '%s\n' "${pushcpus[@]}" | median)
echo "summary backend=$backend runs=$runs pull_rps_median=$pull_med push10k_s_median=$push_med push10k_server_cpu_s_median=$pushcpu_med" \
  "pull_all=$(IFS=,; echo "${pulls[*]}") push_all=$(IFS=,; echo "${pushes[*]}")"
