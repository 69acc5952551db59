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
    --target liuliang liuliang-cli liuliang-server

BIN=$ROOT/$BUILD_DIR
SERVER=$(find "$BIN" -name liuliang-server -type f -perm -u+x | head -n1)
APP=$(find "$BIN" -name liuliang -type f -perm -u+x | head -n1)
CLI=$(find "$BIN" -name liuliang-cli -type f -perm -u+x | head -n1)

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
    printf 'demo-password\n' | admin staff-create --org "$ORG" --store "$STORE" --username guide2 \
        --name "李导购" --role guide >/dev/null
    NEW_SERVER=1
fi
"$SERVER" serve --data "$DEMO_DIR/server" --listen "127.0.0.1:$PORT" \
    --tls-cert "$DEMO_DIR/ca/server.pem" --tls-key "$DEMO_DIR/ca/server.key" &
SERVER_PID=$!
trap 'kill $SERVER_PID 2>/dev/null || true' EXIT

# Wait (bounded) until the server answers, so the first login does not race its start.
for _ in $(seq 1 50); do
    curl -fsS --cacert "$DEMO_DIR/ca/ca.pem" "https://127.0.0.1:$PORT/v1/health" >/dev/null 2>&1 && break
    sleep 0.2
done

# Two encrypted profiles signed in to the local server. The manager's sets up the shop (products and
# team reminder rules are managers' records); the guide's imports a lead export, records purchases,
# follow-ups and birthdays, and syncs — so what the app shows is what the server has.
cli() { "$CLI" --passphrase-env LIULIANG_DEMO_PASSPHRASE "$@"; }
if [[ ! -f $DEMO_DIR/manager/key.json ]]; then
    m() { cli --profile "$DEMO_DIR/manager" "$@"; }
    m init --org "留量演示公司" --store "上海静安店" --staff "陈店长" --role manager >/dev/null
    printf 'demo-password\n' | m login --server "https://127.0.0.1:$PORT" --ca "$DEMO_DIR/ca/ca.pem" \
        --user manager >/dev/null
    m sync >/dev/null # the server's directory: who is who, and this account's role
    # (already there when only the profiles were deleted: the server keeps its data)
    m product add --sku OIL-90 --name "薰衣草精油" --category "香薰" --cycle-days 90 >/dev/null 2>&1 || true
    script=$(m script add --title "精油快用完提醒" --category runout --team --json \
        --body '{name}您好，您{days_since_purchase}天前买的{product}快用完了，需要帮您留一瓶吗？' |
        grep -o '"id": *"[0-9a-f-]*"' | head -n1 | cut -d'"' -f4)
    m rule add --name "精油快用完" --kind runout --product OIL-90 --lead-days 5 --script "$script" --team >/dev/null
    m rule add --name "生日问候" --kind birthday --lead-days 3 --team >/dev/null
    m rule add --name "新线索24小时内联系" --kind lead_sla --threshold 24 --team >/dev/null
    m sync >/dev/null || echo "The manager's first sync failed." >&2
fi
# A departure: 李导购 served four customers, then left; the manager hands them to 王导购, who finds them
# marked "taken over from 李导购" with a welcome-back reminder, and the manager's Team page reviews it.
if [[ -n ${NEW_SERVER:-} && ! -f $DEMO_DIR/departed/key.json ]]; then
    d() { cli --profile "$DEMO_DIR/departed" "$@"; }
    d init --org "留量演示公司" --store "上海静安店" --staff "李导购" --role guide >/dev/null
    printf 'demo-password\n' | d login --server "https://127.0.0.1:$PORT" --ca "$DEMO_DIR/ca/ca.pem" \
        --user guide2 >/dev/null
    d sync >/dev/null
    for who in "周雅琴:13761234501" "吴佩珊:13761234502" "郑晓彤:13761234503" "冯嘉怡:13761234504"; do
        id=$(d contact add --name "${who%%:*}" --phone "${who#*:}" --stage customer --json |
            grep -o '"id": *"[0-9a-f-]*"' | head -n1 | cut -d'"' -f4)
        d purchase add "$id" --product OIL-90 --date "$(date -d '-40 days' +%F)" >/dev/null
    done
    d sync >/dev/null || echo "The departing guide's sync failed." >&2
    m() { cli --profile "$DEMO_DIR/manager" "$@"; }
    m sync >/dev/null
    m staff depart "李导购" --transfer-to "王导购" --reason "离职交接" >/dev/null ||
        echo "The demo departure failed." >&2
    m sync >/dev/null || true
fi
if [[ ! -f $DEMO_DIR/profile/key.json ]]; then
    g() { cli --profile "$DEMO_DIR/profile" "$@"; }
    g init --org "留量演示公司" --store "上海静安店" --staff "王导购" --role guide >/dev/null
    printf 'demo-password\n' | g login --server "https://127.0.0.1:$PORT" --ca "$DEMO_DIR/ca/ca.pem" \
        --user guide >/dev/null
    g sync >/dev/null # the directory, the product, the team's rules and script
    bash scripts/demo-leads.sh > "$DEMO_DIR/leads.csv"
    g import leads "$DEMO_DIR/leads.csv" >/dev/null
    mapfile -t ids < <(g contact list --limit 16 --json | grep -o '"id": *"[0-9a-f-]*"' | cut -d'"' -f4)
    # Bought 86 days ago: the 90-day oil runs out (5 days' notice) — shown as run-out reminders.
    for id in "${ids[@]:0:6}"; do
        g purchase add "$id" --product OIL-90 --date "$(date -d '-86 days' +%F)" >/dev/null
    done
    # Already followed up: these leads leave the response-time list.
    for id in "${ids[@]:6:5}"; do
        g followup add "$id" --kind chat --outcome interested --note "试用装反馈不错" >/dev/null
    done
    # Birthdays in two days.
    for id in "${ids[@]:11:3}"; do
        g contact edit "$id" --birthday "1992-$(date -d '+2 days' +%m-%d)" >/dev/null
    done
    g sync >/dev/null || echo "The guide's first sync failed; the app will retry (status bar)." >&2
fi

cat <<INFO

  Liuliang demo
  -------------
  profile     $DEMO_DIR/profile   (passphrase: $LIULIANG_DEMO_PASSPHRASE; signed in as guide)
  manager     $DEMO_DIR/manager   (same passphrase; open it with: liuliang --profile $DEMO_DIR/manager)
  server      https://127.0.0.1:$PORT   (CA: $DEMO_DIR/ca/ca.pem; users guide / manager, password demo-password)

INFO

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "No display found: running the app under Xvfb (xvfb-run)."
    xvfb-run -a -s "-screen 0 1400x900x24" "$APP" --profile "$DEMO_DIR/profile"
else
    "$APP" --profile "$DEMO_DIR/profile"
fi
