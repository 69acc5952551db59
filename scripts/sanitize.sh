#!/usr/bin/env bash
# ASan + UBSan build (clang) of the UI-free layers and their tests, plus a short libFuzzer run of every
# fuzz target over the committed corpora. Usage: scripts/sanitize.sh [fuzz-seconds-per-target, default 20]
# Exits non-zero on a failing test, a sanitizer report or a fuzzer finding (the crashing input is saved
# under build-sanitize/fuzz-findings/).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
build=build-sanitize
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -fsanitize=fuzzer-no-link"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "${launcher[@]}" -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_C_FLAGS="$flags" \
    -DLIULIANG_FUZZ=ON -DLIULIANG_BUILD_UI=OFF -DLIULIANG_BUILD_SERVER=OFF -DLIULIANG_BUILD_BENCH=OFF \
    "-DLIULIANG_TEST_AREAS=protocol;core;text;domain;search;reminders;library;importer;insight" >/dev/null
cmake --build "$build"

# Leak checking stays on; the Qt/ICU one-time allocations at exit are not leaks of ours but are reported
# as such under ASan's default, hence the suppression file.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 600

findings="$build/fuzz-findings"
mkdir -p "$findings"
for target in csv vcard protocol script_template; do
    work="$build/fuzz-corpus/$target"
    mkdir -p "$work"
    echo "fuzz_$target: ${seconds}s"
    "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$findings/$target-" -print_final_stats=1 "$work" "fuzz/corpus/$target" 2>&1 |
        grep -E "^(stat::number_of_executed_units|SUMMARY|==[0-9]+==ERROR|INFO: -max_total_time)" || true
    if compgen -G "$findings/$target-*" >/dev/null; then
        echo "fuzz_$target found a failing input: $(ls "$findings/$target-"*)" >&2
        exit 1
    fi
done
echo "sanitizer build, tests and fuzzing: ok"
