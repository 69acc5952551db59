#!/usr/bin/env bash
# The whole benchmark suite in one command (issue 8): builds in Release (build-bench), runs every benchmark
# target named in the issues with >= 5 runs, and writes bench/RESULTS.md (machine, date, commit, one table
# of medians against targets, then each part's detail). Numbers only: nothing here fails on a missed target.
#   bench/suite.sh [--runs N] [--core-size S|M|L] [--sync-contacts N] [--carddav-contacts N] [--only LIST]
#                  [--import-rows N] [--no-build] [--fresh-core]
# LIST: comma-separated parts of core,server,transfer,sync,carddav (default: all). --only is for trying a
# part; RESULTS.md then holds only that part. Defaults keep the run under 10 minutes on a 2-core machine:
# the core store at size M (50,000 contacts; L = 200,000 takes ~6 minutes on its own: bench/run.sh --size L),
# the sync client with 2,000 contacts (the target is for 50,000: bench/sync/run.sh does that alone, and the
# table scales the smaller run linearly beside it) and the CardDAV comparison with 1,000 (the issue's 10,000:
# bench/carddav/run.sh alone; radicale takes minutes per 10,000-vCard download here).
set -euo pipefail
command -v jq >/dev/null || { echo "suite.sh: jq is needed (apt-get install jq)" >&2; exit 1; }

runs=5 core_size=M sync_contacts=2000 carddav_contacts=1000 only=core,server,transfer,sync,carddav build_step=1 fresh_core=0 import_rows=100000
while (($#)); do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --core-size) core_size=${2^^}; shift 2 ;;
    --sync-contacts) sync_contacts=$2; shift 2 ;;
    --carddav-contacts) carddav_contacts=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --no-build) build_step=0; shift ;;
    --fresh-core) fresh_core=1; shift ;;
    --import-rows) import_rows=$2; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "suite.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
((runs >= 5)) || { echo "suite.sh: at least 5 runs per measurement" >&2; exit 2; }
[[ "$core_size" =~ ^[SML]$ ]] || { echo "suite.sh: --core-size must be S, M or L" >&2; exit 2; }
wanted() { [[ ",$only," == *",$1,"* ]]; }

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${LIULIANG_BENCH_BUILD:-$root/build-bench}"
export LIULIANG_BENCH_BUILD="$build"
out="$build/suite"
results_file="${LIULIANG_SUITE_RESULTS:-$root/bench/RESULTS.md}" # another file for trial runs
rm -rf "$out"
mkdir -p "$out"
started=$(date +%s)
started_utc=$(date -u '+%Y-%m-%d %H:%M UTC')
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
elapsed() { echo $(($(date +%s) - started)); }

# --- build --------------------------------------------------------------------------------------------
# Rows of the summary table, tab-separated: benchmark, target, median, runs, met.
rows="$out/rows.tsv"
: >"$rows"
row() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$rows"; }
if ((build_step)); then
  echo "== build (Release) in $build"
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLIULIANG_BUILD_UI=OFF \
    -DLIULIANG_BUILD_SERVER=ON -DLIULIANG_BUILD_TESTS=OFF -DLIULIANG_BUILD_BENCH=ON >"$out/configure.log"
  # -k 0: a target that does not build costs only the parts that need it; the table says which.
  if ! ninja -C "$build" -k 0 -j2 liuliang-bench-gen liuliang-bench-open liuliang-bench-core \
    liuliang-bench-import liuliang-cli liuliang-server liuliang-bench-push-body liuliang-bench-sync >"$out/build.log"; then
    echo "   build failed for some targets: $(grep -c '^FAILED' "$out/build.log") failed steps (see $out/build.log)" >&2
    row "build (Release)" "–" "failed: $(grep '^FAILED' "$out/build.log" | head -2 | sed 's/^FAILED: //' | tr '\n' ' ')" "–" "**no**"
  fi
fi
build_s=$(elapsed)

# verdict VALUE OP LIMIT: "yes" or "**no**" (OP is <= or >=)
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {ok = (op == "<=") ? (v <= t) : (v >= t);
  print ok ? "yes" : "**no**"}'; }
jfield() { jq -r --arg k "$2" '.[$k] | if . == null then "null" else tostring end' <<<"$1"; }
# Adds every measurement with a target from a JSON-lines file (the tools' schema, bench/common/Stats.h).
rows_from_jsonl() {
  local file=$1 suffix=$2 line name unit median p95 target met stat
  while IFS= read -r line; do
    [[ "$line" == \{* ]] || continue
    target=$(jfield "$line" target)
    [[ -n "$target" && "$target" != null ]] || continue
    name=$(jfield "$line" name) unit=$(jfield "$line" unit) median=$(jfield "$line" median)
    p95=$(jfield "$line" p95) met=$(jfield "$line" met)
    # The tools hold times to their p95 and ratios to the median (Stats.h); say which in the target column.
    stat=""
    [[ "$unit" != x ]] && stat=" (p95: $p95)"
    [[ "$unit" == x ]] && target_text="≥ ${target}×" || target_text="≤ $target $unit"
    [[ "$unit" == x && "$name" != carddav.* ]] && target_text="≤ ${target}×"
    [[ "$met" == true ]] && met=yes || met="**no**"
    row "$name$suffix" "$target_text" "$median $unit$stat" "$runs" "$met"
  done <"$file"
}
# Runs one part, keeping its output; a failing part is reported in the table, and the suite goes on.
part() {
  local name=$1
  shift
  echo "== $name ($(elapsed) s so far)"
  local t0
  t0=$(date +%s)
  if "$@" >"$out/$name.log" 2>"$out/$name.err"; then
    echo "$(($(date +%s) - t0))" >"$out/$name.seconds"
  else
    echo "failed" >"$out/$name.seconds"
    echo "   $name failed: $(tail -3 "$out/$name.err" | tr '\n' ' ')" >&2
    row "$name" "–" "failed (see detail)" "–" "**no**"
  fi
}

# --- parts --------------------------------------------------------------------------------------------
# The core store: what bench/run.sh runs (same tools, same arguments). The lead import runs at its target's
# 100,000 rows (about 10 s a run with its re-import here); --import-rows N runs fewer, scaled in the table.
core_part() {
  local data="$build/bench-data" bin="$build/bench"
  local profile="$data/profile-$core_size-seed1"
  export LIULIANG_BENCH_PASSPHRASE="${LIULIANG_BENCH_PASSPHRASE:-liuliang-bench-not-a-secret}"
  mkdir -p "$data"
  if ((fresh_core)) || [[ ! -f "$profile/store.db" ]]; then
    rm -rf "$profile"
    "$bin/liuliang-bench-gen" --profile "$profile" --size "$core_size" --seed 1 --passphrase-env LIULIANG_BENCH_PASSPHRASE ||
      return 1
  else
    echo "reusing $profile (generated earlier; --fresh-core regenerates it)" >&2
  fi
  "$bin/liuliang-bench-core" --profile "$profile" --passphrase-env LIULIANG_BENCH_PASSPHRASE --runs "$runs" --json \
    --open-exe "$bin/liuliang-bench-open" --plain-copy "$data/plaintext-copy-$core_size.db" \
    --reminders-work "$data/reminders-work-$core_size" --cli "$build/app/cli/liuliang-cli" || return 1
  rm -rf "$data/reminders-work-$core_size" "$data/plaintext-copy-$core_size.db"
  "$bin/liuliang-bench-import" --work "$data/import-work" --runs "$runs" --rows "$import_rows" --encodings utf-8 --json ||
    return 1
  rm -rf "$data/import-work"
}
if wanted core; then
  part core core_part
  # Also after a failure: the lines written before it are results of this run.
  while IFS= read -r line; do
    [[ "$line" == \{* ]] || continue
    name=$(jfield "$line" name)
    if [[ $name == import.leads_*k.utf-8 && $import_rows != 100000 ]]; then
      median=$(jfield "$line" median)
      row "$name (size $core_size store; target is for 100,000 rows)" "≤ 5000 ms at 100k" "$median ms" "$runs" "n/a (size)"
      estimate=$(awk -v m="$median" -v n="$import_rows" 'BEGIN {printf "%.0f", m * 100000 / n}')
      row "import.leads_100k, scaled linearly (estimate)" "≤ 5000 ms" "≈ $estimate ms" "–" \
        "$(verdict "$estimate" '<=' 5000) (estimate)"
    fi
  done <"$out/core.log"
  grep -v '"name":"import.leads_[0-9]*k.utf-8"' "$out/core.log" >"$out/core-targets.jsonl" || true
  rows_from_jsonl "$out/core-targets.jsonl" " (size $core_size)"
  # The import has a store of its own (1,000 contacts), not the size-M one.
  if [[ $import_rows == 100000 ]]; then
    grep '"name":"import.leads_100k.utf-8"' "$out/core.log" >"$out/import-target.jsonl" || true
    rows_from_jsonl "$out/import-target.jsonl" ""
  fi
fi
if wanted server; then
  part server "$root/bench/server-run.sh" --build "$build" --runs "$runs"
  if summary=$(grep '^summary' "$out/server.log"); then
    rps=$(sed -E 's/.*pull_rps_median=([0-9.]+).*/\1/' <<<"$summary")
    push=$(sed -E 's/.*push10k_s_median=([0-9.]+).*/\1/' <<<"$summary")
    row "server.pull_no_change (wrk, TLS)" "≥ 1000 req/s" "$rps req/s" "$runs" "$(verdict "$rps" '>=' 1000)"
    row "server.push_10k_mutations" "≤ 3 s" "$push s" "$runs" "$(verdict "$push" '<=' 3)"
  fi
fi
if wanted transfer; then
  part transfer "$root/bench/transfer/run.sh" --build "$build" --runs "$runs"
  if summary=$(grep '^summary' "$out/transfer.log"); then
    reassign=$(sed -E 's/.*reassign_s_median=([0-9.]+).*/\1/' <<<"$summary")
    pull=$(sed -E 's/.*pull_s_median=([0-9.]+).*/\1/' <<<"$summary")
    row "transfer.reassign_10k" "≤ 2 s" "$reassign s" "$runs" "$(verdict "$reassign" '<=' 2)"
    row "transfer.new_owner_pull_10k" "≤ 5 s" "$pull s" "$runs" "$(verdict "$pull" '<=' 5)"
  fi
fi
if wanted sync; then
  part sync "$root/bench/sync/run.sh" --build "$build" --contacts "$sync_contacts" --runs "$runs" --json
  sizenote=""
  ((sync_contacts != 50000)) && sizenote=" ($sync_contacts contacts, target is for 50,000)"
  while IFS= read -r line; do
    [[ "$line" == \{* ]] || continue
    name=$(jfield "$line" name) median=$(jfield "$line" median)
    case "$name" in
      sync.initial_pull) limit=10000 ;;
      sync.no_change) limit=50 ;;
      sync.edit_propagation) limit=1000 ;;
      *) continue ;;
    esac
    if [[ $name == sync.initial_pull && -n "$sizenote" ]]; then
      # The target is for 50,000 contacts: a smaller run is not judged, but scaled linearly beside it.
      row "$name$sizenote" "≤ $limit ms at 50,000" "$median ms" "$runs" "n/a (size)"
      estimate=$(awk -v m="$median" -v n="$sync_contacts" 'BEGIN {printf "%.0f", m * 50000 / n}')
      row "sync.initial_pull, scaled linearly to 50,000 (estimate)" "≤ $limit ms" "≈ $estimate ms" "–" \
        "$(verdict "$estimate" '<=' "$limit") (estimate)"
    else
      row "$name$sizenote" "≤ $limit ms" "$median ms" "$runs" "$(verdict "$median" '<=' "$limit")"
    fi
  done <"$out/sync.log"
fi
if wanted carddav; then
  part carddav "$root/bench/carddav/run.sh" --build "$build" --contacts "$carddav_contacts" --runs "$runs" --json
  while IFS= read -r line; do
    [[ "$line" == \{* ]] || continue
    name=$(jfield "$line" name) median=$(jfield "$line" median) unit=$(jfield "$line" unit)
    case "$name" in
      carddav.ratio.*) row "$name ($carddav_contacts contacts)" "≥ 10× (aim)" "${median}×" "$runs" \
        "$(verdict "$median" '>=' 10)" ;;
      *upload_sample) row "$name (50 of the vCards, into an empty address book)" "–" "$median $unit" "$runs" "" ;;
      *) row "$name ($carddav_contacts contacts)" "–" "$median $unit" "$runs" "" ;;
    esac
  done <"$out/carddav.log"
fi
total_s=$(elapsed)
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# --- RESULTS.md ---------------------------------------------------------------------------------------
commit=$(git -C "$root" rev-parse HEAD 2>/dev/null || echo uncommitted)
[[ -n "$(git -C "$root" status --porcelain 2>/dev/null | head -n1)" && "$commit" != uncommitted ]] &&
  commit="$commit (dirty: uncommitted changes)"
seconds_of() { cat "$out/$1.seconds" 2>/dev/null || echo "not run"; }
detail() { # title part
  [[ -f "$out/$2.seconds" ]] || return 0
  echo
  echo "### $1 ($(seconds_of "$2") s)"
  echo
  echo '```'
  grep -v '^{' "$out/$2.log" | tail -40 || true
  grep -E '^(run |seeded|ratio|wrote|generated|measure:|vdirsyncer process|==)' "$out/$2.err" | tail -20 || true
  [[ $(seconds_of "$2") == failed ]] && tail -15 "$out/$2.err"
  echo '```'
}
{
  echo "# Benchmark results"
  echo
  echo "Written by \`bench/suite.sh --runs $runs --core-size $core_size --sync-contacts $sync_contacts" \
    "--carddav-contacts $carddav_contacts\` (one command; parts and scripts in bench/README.md). Medians of $runs runs."
  echo "Hand-written analysis: [ANALYSIS.md](ANALYSIS.md); the server's earlier detail: [SERVER.md](SERVER.md)."
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| Date | $started_utc |"
  echo "| Commit | $commit |"
  echo "| CPU | $(lscpu | sed -n 's/^Model name: *//p' | head -n1), $(nproc) cores |"
  echo "| RAM | $(free -h | awk '/^Mem:/ {print $2}') |"
  echo "| Load average (1/5/15 min) | at start $load_start, at end $load_end (other jobs share the machine) |"
  echo "| Whole suite | $total_s s (build $build_s s) |"
  echo
  echo "| benchmark | target | median | runs | met? |"
  echo "|---|---|---:|---:|:---:|"
  while IFS=$'\t' read -r b t m r ok; do echo "| $b | $t | $m | $r | $ok |"; done <"$rows"
  echo
  echo "Core rows: the tools hold times to their p95 (shown beside the median) and ratios to the median."
  echo "Sizes (to keep the suite under 10 minutes on this machine; the full sizes run alone, see bench/README.md):"
  echo "core store at size $core_size (the issue's L is 200,000 contacts: \`bench/run.sh --size L\`);"
  echo "lead import $import_rows rows (target: 100,000); sync $sync_contacts contacts (target: 50,000:"
  echo "\`bench/sync/run.sh\`); CardDAV $carddav_contacts contacts (issue: 10,000: \`bench/carddav/run.sh\`)."
  echo "Where the size is smaller than the target's, the row says so and a linear scaling to the target's"
  echo "size follows it, marked as an estimate."
  echo
  echo "## Detail"
  if wanted core && [[ -s "$out/core.log" ]]; then
    echo
    echo "### Core store, size $core_size ($(seconds_of core) s: queries, open, reminders, SQLCipher vs SQLite; lead import of $import_rows rows)"
    [[ $(seconds_of core) == failed ]] && { echo; echo "The core part failed: \`$(tail -1 "$out/core.err")\`"; }
    echo
    echo "| Measurement | median | p95 | runs | target | met | notes |"
    echo "|---|---:|---:|---:|---:|:---:|---|"
    while IFS= read -r line; do
      [[ "$line" == \{* ]] || continue
      t=$(jfield "$line" target) m=$(jfield "$line" met) u=$(jfield "$line" unit)
      [[ "$t" == null ]] && t="–" || t="$t $u"
      case "$m" in true) m=yes ;; false) m="**no**" ;; *) m="" ;; esac
      echo "| $(jfield "$line" name) | $(jfield "$line" median) $u | $(jfield "$line" p95) $u | $(jfield "$line" runs) | $t | $m | $(jfield "$line" note) |"
    done <"$out/core.log"
  fi
  wanted server && detail "Server push/pull (bench/server-run.sh)" server
  wanted transfer && detail "Transfers (bench/transfer/run.sh)" transfer
  wanted sync && detail "Sync client (bench/sync/run.sh, $sync_contacts contacts with history)" sync
  if wanted sync && [[ -f "$out/sync.log" ]]; then
    echo
    grep '^{' "$out/sync.log" | while IFS= read -r line; do
      echo "- $(jfield "$line" name): median $(jfield "$line" median) ms, p95 $(jfield "$line" p95) ms, min $(jfield "$line" min) ms — $(jfield "$line" note)"
    done
  fi
  wanted carddav && detail "CardDAV comparison (bench/carddav/run.sh, radicale + vdirsyncer over TLS)" carddav
  if wanted carddav && [[ -f "$out/carddav.log" ]]; then
    echo
    grep '^{' "$out/carddav.log" | while IFS= read -r line; do
      echo "- $(jfield "$line" name): median $(jfield "$line" median) $(jfield "$line" unit) — $(jfield "$line" note)"
    done
  fi
} >"$results_file"
echo "== wrote $results_file ($total_s s)"
