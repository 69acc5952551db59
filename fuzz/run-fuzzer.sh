#!/bin/sh
# One short libFuzzer run, as a CTest test: run-fuzzer.sh FUZZER CORPUS WORK
# Fuzzes for $LIULIANG_FUZZ_SECONDS (default 10) starting from the committed CORPUS, which is only read; new
# inputs go to WORK/corpus. Fails on any finding (crash, sanitizer report, leak, timeout, out-of-memory);
# the failing input is kept in WORK/findings/ to replay with `FUZZER WORK/findings/<file>`.
set -eu
fuzzer=$1
corpus=$2
work=$3
seconds=${LIULIANG_FUZZ_SECONDS:-10}
mkdir -p "$work/corpus" "$work/findings"
rm -f "$work/findings/"*
status=0
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/findings/" "$work/corpus" "$corpus" || status=$?
if [ -n "$(ls -A "$work/findings")" ]; then
    echo "$(basename "$fuzzer") found a failing input: $(ls "$work/findings/"*)" >&2
    exit 1
fi
exit "$status"
