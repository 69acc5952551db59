#!/usr/bin/env bash
# CardDAV comparison for issue 6 (numbers only; nothing here asserts a timing):
#   bench/carddav/run.sh [--build DIR] [--contacts N] [--runs N] [--json]
# The same N contacts (default 10,000) two ways, side by side in one run:
#   Liuliang: seeded once into the real liuliang-server (bench/sync/server.sh), then a fresh profile's
#             initial pull and a no-change sync (liuliang-bench-sync measure);
#   CardDAV:  those contacts as vCards written by the app's own exporter (importer/VCard.h), synced by
#             vdirsyncer with Debian's radicale on 127.0.0.1 over TLS (the same dev CA, verified):
#             initial upload from a full vdir, initial download into an empty vdir, a no-change sync.
# Each CardDAV run starts radicale on an empty storage. Ratios (CardDAV / Liuliang) are printed at the end.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build="${LIULIANG_BENCH_BUILD:-$root/build-bench}"
contacts=10000
runs=5
json=0
while (($#)); do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --contacts) contacts=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --json) json=1; shift ;;
    *) echo "usage: $0 [--build DIR] [--contacts N] [--runs N] [--json]" >&2; exit 2 ;;
  esac
done
((runs >= 2 && runs <= 50)) || { echo "--runs must be 2..50" >&2; exit 2; }

# Only this benchmark needs them, so they are not in scripts/install-deps.sh; installed the same way.
if ! command -v radicale >/dev/null || ! command -v vdirsyncer >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "== installing radicale and vdirsyncer" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends radicale vdirsyncer >/dev/null
  else
    echo "radicale and vdirsyncer are needed: sudo apt-get install radicale vdirsyncer" >&2
    exit 1
  fi
fi

server="$build/server/liuliang-server"
benchsync="$build/bench/liuliang-bench-sync"
for exe in "$server" "$benchsync"; do
  [[ -x "$exe" ]] || { echo "missing $exe (build liuliang-server and liuliang-bench-sync in $build)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/liuliang-carddav.XXXXXX)
# shellcheck source=../sync/server.sh
source "$root/bench/sync/server.sh"
radicale_pid=
stop_radicale() {
  if [[ -n "$radicale_pid" ]]; then
    kill "$radicale_pid" 2>/dev/null || true
    wait "$radicale_pid" 2>/dev/null || true
    radicale_pid=
  fi
}
# The vCards are synthetic bench data in plaintext: they live only in $work and are deleted here.
cleanup() { stop_server; stop_radicale; rm -rf "$work"; }
trap cleanup EXIT

ms_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", (b - a) * 1000}'; }
stats() { sort -g | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2;
  p = a[NR]; printf "%.1f %.1f %.1f\n", m, p, a[1]}'; }
result() { # name samples(ms, space separated) note
  local name=$1 samples=$2 note=$3 med p95 min
  read -r med p95 min <<<"$(tr ' ' '\n' <<<"$samples" | grep . | stats)"
  if ((json)); then
    printf '{"name":"%s","unit":"ms","median":%s,"p95":%s,"min":%s,"runs":%d,"target":null,"met":null,"note":"%s"}\n' \
      "$name" "$med" "$p95" "$min" "$runs" "$note"
  else
    printf '%-28s median %10s ms  p95 %10s ms  min %10s ms  (%d runs) %s\n' "$name" "$med" "$p95" "$min" "$runs" "$note"
  fi
  eval "median_${name//./_}=$med"
}

# --- Liuliang -------------------------------------------------------------------------------------
echo "== Liuliang: seed $contacts contacts, then $runs fresh initial pulls and no-change syncs" >&2
start_server "$work/server-data"
common=(--server "$url" --ca "$ca" --user "$bench_user" --password-env LIULIANG_BENCH_SYNC_PASSWORD
        --contacts "$contacts")
"$benchsync" seed "${common[@]}" --work "$work/seed"
rm -rf "$work/seed"
"$benchsync" measure "${common[@]}" --work "$work/devices" --runs "$runs" --prefix carddav.liuliang --json \
  >"$work/liuliang.jsonl"
rm -rf "$work/devices"
"$benchsync" vcards "${common[@]}" --work "$work/devices" --out "$work/source"
rm -rf "$work/devices"
stop_server
field() { grep "\"name\":\"$1\"" "$work/liuliang.jsonl" | grep -oE "\"$2\":[0-9.]+" | cut -d: -f2; }
ll_pull=$(field carddav.liuliang.initial_pull median)
ll_idle=$(field carddav.liuliang.no_change median)
if ((json)); then cat "$work/liuliang.jsonl"; else
  echo "carddav.liuliang.initial_pull median $ll_pull ms; carddav.liuliang.no_change median $ll_idle ms"; fi
vcards=$(find "$work/source" -name '*.vcf' | wc -l)
((vcards == contacts)) || { echo "only $vcards vCards written" >&2; exit 1; }

# --- radicale + vdirsyncer --------------------------------------------------------------------------
port=$((20000 + RANDOM % 30000))
cat >"$work/radicale.conf" <<CONF
[server]
hosts = 127.0.0.1:$port
ssl = True
certificate = $work/ca/server.pem
key = $work/ca/server.key
[auth]
type = none
[rights]
type = authenticated
[storage]
filesystem_folder = $work/radicale
[logging]
level = warning
CONF
# vdirsyncer_config NAME LOCAL_DIR COLLECTION: a pair syncing LOCAL_DIR with one address book, TLS verified.
vdirsyncer_config() {
  mkdir -p "$work/$1-status" "$2"
  cat >"$work/$1.conf" <<CONF
[general]
status_path = "$work/$1-status/"

[pair bench]
a = "local"
b = "remote"
collections = null
conflict_resolution = "a wins"

[storage local]
type = "filesystem"
path = "$2"
fileext = ".vcf"

[storage remote]
type = "carddav"
url = "https://127.0.0.1:$port/bench/$3/"
username = "bench"
password = "bench"
verify = "$ca"
CONF
  # Creates the pair's status (vdirsyncer refuses to sync before it); not timed.
  printf 'y\ny\ny\n' | vdirsyncer --verbosity ERROR -c "$work/$1.conf" discover >/dev/null 2>&1
}
vds() { vdirsyncer --verbosity WARNING -c "$work/$1.conf" sync; }
address_book() { # NAME: an empty address book in radicale's storage (radicale is started after)
  mkdir -p "$work/radicale/collection-root/bench/$1"
  echo '{"tag": "VADDRESSBOOK", "D:displayname": "'"$1"'"}' >"$work/radicale/collection-root/bench/$1/.Radicale.props"
}

# The download side's server is seeded once on disk, like the Liuliang server's database: radicale's
# filesystem storage holds one file per vCard. Uploads go to a fresh, empty address book per run, with the
# first $upload_sample vCards (radicale stores each PUT with its own fsync: 10,000 would take many minutes
# here, so the upload is measured on a sample and reported per vCard too).
upload_sample=$((contacts < 50 ? contacts : 50))
address_book contacts
cp "$work/source"/*.vcf "$work/radicale/collection-root/bench/contacts/"
for ((run = 1; run <= runs; run++)); do address_book "upload$run"; done
radicale --config "$work/radicale.conf" >"$work/radicale.log" 2>&1 &
radicale_pid=$!
for _ in $(seq 1 100); do
  curl -fsS --cacert "$ca" -u bench:bench -o /dev/null "https://127.0.0.1:$port/.web/" 2>/dev/null && break
  kill -0 "$radicale_pid" 2>/dev/null || { cat "$work/radicale.log" >&2; exit 1; }
  sleep 0.1
done

uploads=() downloads=() idles=()
echo "== CardDAV: $runs runs of download, no-change sync, upload of $upload_sample" \
  "(radicale $(radicale --version), vdirsyncer $(vdirsyncer --version | awk '{print $NF}'))" >&2
for ((run = 1; run <= runs; run++)); do
  vdirsyncer_config "down$run" "$work/down$run" contacts
  t=$(date +%s.%N); vds "down$run"; downloads+=("$(ms_since "$t")")
  got=$(find "$work/down$run" -name '*.vcf' | wc -l)
  ((got == contacts)) || { echo "download: $got of $contacts vCards" >&2; exit 1; }
  t=$(date +%s.%N); vds "down$run"; idles+=("$(ms_since "$t")")
  rm -rf "$work/down$run"
  mkdir -p "$work/up$run"
  # (a file, not `| head`: head's early exit would fail the pipeline with SIGPIPE under pipefail)
  find "$work/source" -name '*.vcf' | sort >"$work/sources.txt"
  head -n "$upload_sample" "$work/sources.txt" | xargs cp -t "$work/up$run"
  vdirsyncer_config "up$run" "$work/up$run" "upload$run"
  t=$(date +%s.%N); vds "up$run"; uploads+=("$(ms_since "$t")")
  echo "run $run: download ${downloads[-1]} ms, no-change ${idles[-1]} ms, upload of $upload_sample ${uploads[-1]} ms," \
    "load $(cut -d' ' -f1 /proc/loadavg)" >&2
done
stop_radicale
result carddav.vdirsyncer.upload_sample "${uploads[*]}" "$upload_sample vCards from a full vdir into an empty address book"
result carddav.vdirsyncer.download "${downloads[*]}" "$contacts vCards into an empty vdir (a vdirsyncer process each)"
result carddav.vdirsyncer.no_change "${idles[*]}" "nothing changed on either side"
ratio_pull=$(awk -v a="$median_carddav_vdirsyncer_download" -v b="$ll_pull" 'BEGIN {printf "%.1f", a / b}')
ratio_idle=$(awk -v a="$median_carddav_vdirsyncer_no_change" -v b="$ll_idle" 'BEGIN {printf "%.1f", a / b}')
if ((json)); then
  printf '{"name":"carddav.ratio.initial_download","unit":"x","median":%s,"p95":null,"min":null,"runs":%d,"target":10,"met":%s,"note":"vdirsyncer download / Liuliang initial pull (medians); we aim for >= 10x"}\n' \
    "$ratio_pull" "$runs" "$(awk -v r="$ratio_pull" 'BEGIN {print (r >= 10) ? "true" : "false"}')"
  printf '{"name":"carddav.ratio.no_change","unit":"x","median":%s,"p95":null,"min":null,"runs":%d,"target":10,"met":%s,"note":"vdirsyncer no-change / Liuliang no-change sync (medians)"}\n' \
    "$ratio_idle" "$runs" "$(awk -v r="$ratio_idle" 'BEGIN {print (r >= 10) ? "true" : "false"}')"
fi
t=$(date +%s.%N); vdirsyncer --version >/dev/null; startup=$(ms_since "$t")
echo "vdirsyncer process start alone: $startup ms (part of every vdirsyncer sync above);" \
  "upload per vCard: $(awk -v m="$median_carddav_vdirsyncer_upload_sample" -v n="$upload_sample" 'BEGIN {printf "%.1f", m / n}') ms" >&2
echo "ratio CardDAV/Liuliang: initial download ${ratio_pull}x, no-change ${ratio_idle}x (aim: >= 10x)" >&2
