#!/usr/bin/env bash
# Builds Liuliang and runs every test (README's test command; .ci/run calls exactly this).
# Installs missing Debian packages first. Servers the tests need are started by the tests themselves,
# on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

BUILD_DIR=${LIULIANG_BUILD_DIR:-build}
JOBS=${LIULIANG_JOBS:-$(nproc)}

cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLIULIANG_WERROR=ON
cmake --build "$BUILD_DIR" --parallel "$JOBS"

export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$JOBS" --timeout 600
