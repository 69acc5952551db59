#!/usr/bin/env bash
# Transfer benchmark for issue 7 (numbers only; nothing here asserts a timing):
#   bench/transfer/run.sh [--build DIR] [--runs N] [--count N] [--postgres]
# Starts the real liuliang-server on 127.0.0.1 over TLS (dev CA), creates an org with one store,
# an admin and two guides, has guide 1 push N new contacts, then measures
#   reassign: POST /v1/transfers {"from": guide1, "to": guide2} (all N contacts, one transaction),
#             curl's total request time plus the server's CPU time for it;
#   pull:     guide 2's full pull from cursor 0 (pages of 1000) until hasMore is false.
# Each run uses a fresh data dir (with --postgres, a fresh database in the cluster that
# scripts/with-postgres.sh starts). Prints one line per run and a median summary.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build="$root/build-xfer"
runs=5
count=10000
postgres=0
while (($#)); do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --count) count=$2; shift 2 ;;
    --postgres) postgres=1; shift ;;
    *) echo "usage: $0 [--build DIR] [--runs N] [--count N] [--postgres]" >&2; exit 2 ;;
  esac
done
((runs >= 1 && runs <= 50)) || { echo "--runs must be 1..50" >&2; exit 2; }
((count >= 1 && count <= 10000)) || { echo "--count must be 1..10000 (one push)" >&2; exit 2; }

if ((postgres)) && [[ -z "${LIULIANG_TEST_DATABASE_URL:-}" ]]; then
  exec "$root/scripts/with-postgres.sh" "$0" --build "$build" --runs "$runs" --count "$count" --postgres
fi

server="$build/server/liuliang-server"
bodygen="$build/bench/server/liuliang-bench-push-body"
for exe in "$server" "$bodygen"; do
  [[ -x "$exe" ]] || { echo "missing $exe (configure with -DLIULIANG_BUILD_BENCH=ON, build liuliang-server and liuliang-bench-push-body)" >&2; exit 1; }
done
command -v curl >/dev/null || { echo "curl not found" >&2; exit 1; }

work=$(mktemp -d /tmp/liuliang-xbench.XXXXXX)
# shellcheck source=bench/lib/server.sh
source "$root/bench/lib/server.sh"
cleanup() { stop_server; rm -rf "$work"; }
trap cleanup EXIT

backend=sqlite
((postgres)) && backend=postgresql
password='bench-password-123'


reassigns=()
reassign_cpus=()
pulls=()
for ((run = 1; run <= runs; run++)); do
  data="$work/data$run"
  dbargs=()
  if ((postgres)); then
    fresh_database "xbench$run"
  fi
  admin() { "$server" admin --data "$data" "${dbargs[@]}" "$@" | tail -1; }
  org=$(admin org-create --name Bench)
  store=$(admin store-create --org "$org" --name Store)
  for who in boss:admin gd1:guide gd2:guide; do
    name=${who%%:*}
    role=${who#*:}
    storeopt=(--store "$store")
    [[ $role == admin ]] && storeopt=()
    printf '%s\n' "$password" | admin staff-create --org "$org" "${storeopt[@]}" --username "$name" \
      --name "$name" --role "$role" >"$work/id-$name"
  done
  g1=$(cat "$work/id-gd1")
  g2=$(cat "$work/id-gd2")

  serve "$work/server$run.log" "$data" "${dbargs[@]}"
  t1=$(login gd1 "$password" bench-g1)
  t2=$(login gd2 "$password" bench-g2)
  tb=$(login boss "$password" bench-boss)

  "$bodygen" --device bench-g1 --count "$count" --first-mutation 1 >"$work/push.json"
  curl -fsS --cacert "$ca" -o "$work/push.out" -H "Authorization: Bearer $t1" \
    -H 'Content-Type: application/json' --data-binary @"$work/push.json" "$url/v1/sync/push"
  applied=$(grep -o '"status":"applied"' "$work/push.out" | wc -l)
  ((applied == count)) || { echo "push: only $applied of $count applied" >&2; exit 1; }

  before=$(sched)
  reassign_s=$(curl -sS --cacert "$ca" -o "$work/transfer.out" -w '%{time_total}' \
    -H "Authorization: Bearer $tb" -H 'Content-Type: application/json' \
    -d "{\"from\":\"$g1\",\"to\":\"$g2\",\"reason\":\"bench\"}" "$url/v1/transfers")
  read -r reassign_cpu reassign_wait <<<"$(since "$before")"
  done_items=$(grep -o '"status":"done"' "$work/transfer.out" | wc -l)
  # count items plus the transfer's own status
  ((done_items == count + 1)) || { echo "transfer: $done_items done" >&2; head -c 500 "$work/transfer.out" >&2; exit 1; }

  cursor=0
  pulled=0
  start=$(date +%s.%N)
  for _ in $(seq 1 1000); do
    curl -fsS --compressed --cacert "$ca" -H "Authorization: Bearer $t2" \
      "$url/v1/sync/pull?cursor=$cursor&limit=1000" >"$work/page.json"
    cursor=$(grep -oE '"nextCursor":[0-9]+' "$work/page.json" | cut -d: -f2)
    pulled=$((pulled + $(grep -o '"entity":"contact"' "$work/page.json" | wc -l)))
    grep -q '"hasMore":true' "$work/page.json" || break
  done
  pull_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.3f\n", b - a}')
  ((pulled == count)) || { echo "pull: $pulled of $count contacts" >&2; exit 1; }

  stop_server
  echo "run $run ($backend): reassign${count} ${reassign_s} s (server cpu ${reassign_cpu} s, runq wait ${reassign_wait} s)," \
    "new owner's full pull ${pull_s} s (${pulled} contacts), load $(cut -d' ' -f1 /proc/loadavg)"
  reassigns+=("$reassign_s")
  reassign_cpus+=("$reassign_cpu")
  pulls+=("$pull_s")
done

echo "summary backend=$backend runs=$runs count=$count" \
  "reassign_s_median=$(printf '%s\n' "${reassigns[@]}" | median)" \
  "reassign_server_cpu_s_median=$(printf '%s\n' "${reassign_cpus[@]}" | median)" \
  "pull_s_median=$(printf '%s\n' "${pulls[@]}" | median)" \
  "reassign_all=$(IFS=,; echo "${reassigns[*]}") pull_all=$(IFS=,; echo "${pulls[*]}")"
