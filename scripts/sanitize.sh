#!/usr/bin/env bash
# A longer fuzz run: the sanitized build of scripts/test.sh (the same build directory, so nothing is
# rebuilt after a test run), then only the fuzz tests, SECONDS per target (default 120).
# Usage: scripts/sanitize.sh [SECONDS]. Exits non-zero on a sanitizer report or fuzzer finding; the failing
# input is kept in build-test/fuzz/work/<target>/findings/.
set -euo pipefail
cd "$(dirname "$0")/.."
LIULIANG_FUZZ_SECONDS="${1:-120}" exec ./scripts/test.sh -L fuzz
