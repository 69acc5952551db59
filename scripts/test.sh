#!/usr/bin/env bash
# Builds Liuliang and runs every test (README's test command; .ci/run calls exactly this).
# One clang build with AddressSanitizer + UndefinedBehaviorSanitizer of everything the tests use — core,
# CLI, desktop UI, sync, server, the tests and the libFuzzer targets — then the whole CTest suite under the
# sanitizers (leak checking on), which includes a short fuzz run of every target over its committed corpus
# (the tests labelled `fuzz`). Any sanitizer report, fuzzer finding or failed test fails the run.
# Installs missing Debian packages first. Servers the tests need are started by the tests themselves,
# on 127.0.0.1 only. The app of scripts/run.sh is a separate, unsanitized build in ./build.
#   LIULIANG_TEST_BUILD_DIR   build directory (default build-test)
#   LIULIANG_FUZZ_SECONDS     fuzzing time per target (default 10; scripts/sanitize.sh fuzzes longer)
#   LIULIANG_JOBS             parallel build jobs and tests (default: number of CPUs)
# Extra arguments go to ctest, e.g. `./scripts/test.sh -L fuzz` or `-R TestCrashSafety`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

BUILD_DIR=${LIULIANG_TEST_BUILD_DIR:-build-test}
JOBS=${LIULIANG_JOBS:-$(nproc)}
export LIULIANG_FUZZ_SECONDS=${LIULIANG_FUZZ_SECONDS:-10}

# -fsanitize=fuzzer-no-link instruments the libraries for coverage so the fuzz targets can link them; only
# the fuzz executables link libFuzzer's main. -O1 with line tables only: ASan's recommended level, and the
# build costs about the CPU time of the unsanitized -O2 -g build (symbolized reports need only line tables).
# No -DNDEBUG: the code has no assert(), and Qt's Q_ASSERT is off for non-Debug configurations anyway.
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -fsanitize=fuzzer-no-link"
opt="-O1 -gline-tables-only"
# Benchmarks are not tests and have their own command (bench/suite.sh); leaving them out keeps CI short.
CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="$opt" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$opt" \
    -DLIULIANG_WERROR=ON -DLIULIANG_FUZZ=ON -DLIULIANG_BUILD_BENCH=OFF \
    -DLIULIANG_TEST_TIMEOUT_SCALE=3
cmake --build "$BUILD_DIR" --parallel "$JOBS"

# Every process a test starts (the CLI, the server, the fuzzers) inherits these.
#  - Leak checking stays on; scripts/lsan.supp lists the reviewed one-time allocations inside system
#    libraries that LeakSanitizer reports at exit. Our own code is never suppressed.
#  - abort_on_error: a report ends the process with SIGABRT, so a test that checks a child's exit status
#    sees a crash rather than an ordinary error exit; disable_coredump keeps the shadow memory off disk.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:disable_coredump=1:strict_string_checks=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$JOBS" --timeout 1800 "$@"
