#!/usr/bin/env bash
# Builds the benchmarks (Release), generates a profile and measures it, then writes bench/RESULTS.md.
#   bench/run.sh [--size S|M|L] [--runs N] [--seed N] [--reuse] [--report-only]
# --reuse keeps a profile generated earlier with the same size and seed (generation dominates at L);
# --report-only rewrites RESULTS.md from the last run's results (e.g. after editing bench/ANALYSIS.md).
# Needs: cmake, ninja, jq (for the Markdown table). Data goes to $LIULIANG_BENCH_DIR (default build-bench/bench-data).
set -euo pipefail

size=L runs=5 seed=1 reuse=0 report_only=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --size) size="${2^^}"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --reuse) reuse=1; shift ;;
        --report-only) report_only=1; shift ;;
        -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
[[ "$size" =~ ^[SML]$ ]] || { echo "run.sh: --size must be S, M or L" >&2; exit 2; }
(( runs >= 5 )) || { echo "run.sh: at least 5 runs per measurement" >&2; exit 2; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${LIULIANG_BENCH_BUILD:-$root/build-bench}"
data="${LIULIANG_BENCH_DIR:-$build/bench-data}"
profile="$data/profile-$size-seed$seed"
results="$data/results-$size.jsonl"
# A fixed, non-secret passphrase: the data is synthetic, and the KDF cost is what is being measured.
export LIULIANG_BENCH_PASSPHRASE="${LIULIANG_BENCH_PASSPHRASE:-liuliang-bench-not-a-secret}"
started=$(date +%s)

meta="$data/run-$size.env"
if [[ $report_only -eq 0 ]]; then
    echo "== build (Release) in $build"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLIULIANG_BUILD_UI=OFF \
        -DLIULIANG_BUILD_SERVER=OFF -DLIULIANG_BUILD_TESTS=OFF -DLIULIANG_BUILD_BENCH=ON >/dev/null
    targets=(liuliang-bench-gen liuliang-bench-open liuliang-bench-core liuliang-bench-import)
    cli=""
    # (no grep -q: it would exit early and, under pipefail, fail the pipeline with SIGPIPE)
    if ninja -C "$build" -t targets all 2>/dev/null | grep '^liuliang-cli:' >/dev/null; then
        targets+=(liuliang-cli)
    fi
    ninja -C "$build" -j2 "${targets[@]}"
    build_seconds=$(( $(date +%s) - started ))
    if [[ " ${targets[*]} " == *" liuliang-cli "* ]]; then
        cli="$(find "$build" -name liuliang-cli -type f -perm -u+x | head -n1)"
    fi
    bin="$build/bench"

    mkdir -p "$data"
    # On a shared machine other jobs' CPU load lands in the tails; as root generation and measurement get a
    # higher CPU priority so the numbers describe the store, not the neighbours. The workload is unchanged.
    priority=()
    if [[ $(id -u) -eq 0 ]]; then priority=(nice -n -15); fi
    gen_seconds="$(cat "$profile.gen-seconds" 2>/dev/null || echo '?') (reused)"
    if [[ $reuse -eq 0 || ! -f "$profile/store.db" ]]; then
        echo "== generate size $size (seed $seed) into $profile"
        rm -rf "$profile"
        t0=$(date +%s.%N)
        "${priority[@]}" "$bin/liuliang-bench-gen" --profile "$profile" --size "$size" --seed "$seed" --passphrase-env LIULIANG_BENCH_PASSPHRASE
        gen_seconds=$(printf "%.0f" "$(echo "$(date +%s.%N) - $t0" | bc)")
        echo "$gen_seconds" > "$profile.gen-seconds"
    fi

    echo "== measure ($runs runs each)"
    measure_started=$(date +%s)
    load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
    core_args=(--profile "$profile" --passphrase-env LIULIANG_BENCH_PASSPHRASE --runs "$runs" --json
               --open-exe "$bin/liuliang-bench-open" --plain-copy "$data/plaintext-copy-$size.db"
               --reminders-work "$data/reminders-work-$size")
    [[ -n "$cli" ]] && core_args+=(--cli "$cli")
    "${priority[@]}" "$bin/liuliang-bench-core" "${core_args[@]}" | tee "$results"
    # The lead import works on its own small store (issue 7: 100,000 rows with dedup), UTF-8 and GBK.
    "${priority[@]}" "$bin/liuliang-bench-import" --work "$data/import-work" --runs "$runs" --json | tee -a "$results"
    rm -rf "$data/reminders-work-$size" "$data/import-work"
    load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

    measure_seconds=$(( $(date +%s) - measure_started ))
    elapsed=$(( $(date +%s) - started ))
    declare -p runs seed gen_seconds load_before load_after elapsed build_seconds measure_seconds priority > "$meta"
fi
# shellcheck disable=SC1090
source "$meta"

commit="$(git -C "$root" rev-parse HEAD 2>/dev/null || echo uncommitted)"
[[ -n "$(git -C "$root" status --porcelain 2>/dev/null | head -n1)" && "$commit" != uncommitted ]] && commit="$commit (dirty)"
cpu="$(lscpu | sed -n 's/^Model name: *//p' | head -n1)"
cores="$(nproc)"
ram="$(free -h | awk '/^Mem:/ {print $2}')"
disk="$(df -h "$data" | awk 'NR==2 {print $1" ("$2", "$5" used)"}')"
rota="$(lsblk -dno ROTA "$(df "$data" | awk 'NR==2 {print $1}')" 2>/dev/null || true)"
[[ "$rota" == "0" ]] && disk="$disk, non-rotational"
store_size="$(du -h "$profile/store.db" | cut -f1)"

{
    echo "# Benchmark results"
    echo
    echo "Generated by \`bench/run.sh --size $size --runs $runs --seed $seed\`; raw JSON lines in \`$(basename "$results")\`."
    echo "Targets (issue 2): open L and list 50 as a whole process ≤ 150 ms; search p95 ≤ 20 ms;"
    echo "two-tag AND filter ≤ 20 ms; SQLCipher ≤ 1.3× plain SQLite. Times are p95 vs target, ratios the median."
    echo
    echo "| | |"
    echo "|---|---|"
    echo "| Date | $(date -u -r "$results" '+%Y-%m-%d %H:%M UTC') |"
    echo "| Commit | $commit |"
    echo "| CPU | $cpu, $cores cores |"
    echo "| RAM | $ram |"
    echo "| Disk | $disk |"
    echo "| Load average (1/5/15 min) | before $load_before, after $load_after (other jobs on the machine) |"
    echo "| Priority | ${priority[*]:-normal} |"
    echo "| SQLCipher | $(pkg-config --modversion sqlcipher 2>/dev/null || echo '?') |"
    echo "| Data | size $size, seed $seed, store.db $store_size |"
    echo "| Whole run | ${elapsed} s: build ${build_seconds} s, generation ${gen_seconds} s, measurement ${measure_seconds} s |"
    echo
    echo "| Measurement | median | p95 | runs | target | met | notes |"
    echo "|---|---:|---:|---:|---:|:---:|---|"
    jq -r '"| \(.name) | \(.median) \(.unit) | \(.p95) \(.unit) | \(.runs) | " +
           (if .target == null then "–" else "\(.target) \(.unit)" end) + " | " +
           (if .met == null then "" elif .met then "yes" else "**no**" end) + " | \(.note // "") |"' "$results"
    if [[ -f "$root/bench/ANALYSIS.md" ]]; then echo; cat "$root/bench/ANALYSIS.md"; fi
    # The server benchmarks (bench/server-run.sh) keep their section in SERVER.md.
    if [[ -f "$root/bench/SERVER.md" ]]; then echo; cat "$root/bench/SERVER.md"; fi
} > "$root/bench/RESULTS.md"
echo "== wrote bench/RESULTS.md (${elapsed} s)"
