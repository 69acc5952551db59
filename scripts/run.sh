#!/usr/bin/env bash
# Builds Liuliang and runs the desktop app with demo data, next to a local liuliang-server
# (HTTPS with a development CA on 127.0.0.1) that holds a demo organisation.
# Installs missing Debian packages first. Everything demo lives in $LIULIANG_DEMO_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

bash scripts/install-deps.sh

BUILD_DIR=${LIULIANG_BUILD_DIR:-build}
DEMO_DIR=${LIULIANG_DEMO_DIR:-$HOME/.local/share/liuliang-demo}
PORT=${LIULIANG_DEMO_PORT:-8443}
export LIULIANG_DEMO_PASSPHRASE=${LIULIANG_DEMO_PASSPHRASE:-liuliang-demo}

cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD_DIR" --parallel "$(nproc)" \
    --target liuliang liuliang-cli liuliang-server liuliang-bench-gen

BIN=$ROOT/$BUILD_DIR
SERVER=$(find "$BIN" -name liuliang-server -type f -perm -u+x | head -n1)
APP=$(find "$BIN" -name liuliang -type f -perm -u+x | head -n1)
GEN=$(find "$BIN" -name liuliang-bench-gen -type f -perm -u+x | head -n1)

umask 077
mkdir -p "$DEMO_DIR"

# The server: a development CA and certificate, a demo org, store and guide account.
if [[ ! -f $DEMO_DIR/ca/server.pem ]]; then
    "$SERVER" dev-ca --out "$DEMO_DIR/ca" --host 127.0.0.1,localhost
fi
if [[ ! -d $DEMO_DIR/server ]]; then
    admin() { "$SERVER" admin --data "$DEMO_DIR/server" "$@"; }
    ORG=$(admin org-create --name "留量演示公司" | tail -n1)
    STORE=$(admin store-create --org "$ORG" --name "上海静安店" | tail -n1)
    printf 'demo-password\n' | admin staff-create --org "$ORG" --store "$STORE" --username manager \
        --name "陈店长" --role manager >/dev/null
    printf 'demo-password\n' | admin staff-create --org "$ORG" --store "$STORE" --username guide \
        --name "王导购" --role guide >/dev/null
fi
"$SERVER" serve --data "$DEMO_DIR/server" --listen "127.0.0.1:$PORT" \
    --tls-cert "$DEMO_DIR/ca/server.pem" --tls-key "$DEMO_DIR/ca/server.key" &
SERVER_PID=$!
trap 'kill $SERVER_PID 2>/dev/null || true' EXIT

# The guide's encrypted profile with a store's worth of realistic demo customers.
if [[ ! -f $DEMO_DIR/profile/key.json ]]; then
    "$GEN" --profile "$DEMO_DIR/profile" --size S --passphrase-env LIULIANG_DEMO_PASSPHRASE
fi

cat <<INFO

  Liuliang demo
  -------------
  profile     $DEMO_DIR/profile   (passphrase: $LIULIANG_DEMO_PASSPHRASE)
  server      https://127.0.0.1:$PORT   (CA: $DEMO_DIR/ca/ca.pem; users guide / manager, password demo-password)

INFO

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "No display found: running the app under Xvfb (xvfb-run)."
    xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --profile "$DEMO_DIR/profile"
else
    "$APP" --profile "$DEMO_DIR/profile"
fi
