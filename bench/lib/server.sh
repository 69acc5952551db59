# Sourced by the server benchmarks (bench/server-run.sh, bench/transfer/run.sh): starting and stopping
# the real liuliang-server on 127.0.0.1 over TLS with the dev CA, and the numbers they report.
# Needs $server (the binary) and $work (a scratch dir the caller removes); sets $ca at source time.
server_pid=
url=
# Kept when $work is reused (bench/sync/run.sh --data DIR).
[[ -f "$work/ca/ca.pem" ]] || "$server" dev-ca --out "$work/ca" >/dev/null
ca="$work/ca/ca.pem"

# SIGTERM, then wait: the server finishes the request in hand and exits.
stop_server() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
  fi
}

# serve LOG DATA_DIR [--database URL]: serves DATA_DIR on a random port; sets $server_pid and $url once
# /v1/health answers (10 s at most), prints the log and fails if the server exits or never answers.
serve() {
  local log=$1 data=$2
  shift 2
  local port=$((20000 + RANDOM % 30000))
  "$server" serve --data "$data" "$@" --listen "127.0.0.1:$port" \
    --tls-cert "$work/ca/server.pem" --tls-key "$work/ca/server.key" >"$log" 2>&1 &
  server_pid=$!
  url="https://127.0.0.1:$port"
  for _ in $(seq 1 100); do
    curl -fsS --cacert "$ca" "$url/v1/health" >/dev/null 2>&1 && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "liuliang-server did not start:" >&2
  tail -20 "$log" >&2
  return 1
}

# fresh_database NAME: a new database in the cluster scripts/with-postgres.sh started; sets $dbargs.
fresh_database() {
  local pgbase=${LIULIANG_TEST_DATABASE_URL%/*}
  local hostport=${pgbase#postgresql://postgres@}
  psql -q -h "${hostport%:*}" -p "${hostport#*:}" -U postgres -d liuliang -c "CREATE DATABASE $1" >/dev/null
  dbargs=(--database "$pgbase/$1")
}

# login USERNAME PASSWORD DEVICE: prints the session token.
login() {
  curl -fsS --cacert "$ca" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\",\"deviceId\":\"$3\",\"deviceName\":\"bench\"}" \
    "$url/v1/login" | grep -oE '"token":"[^"]+"' | head -1 | cut -d'"' -f4
}

# CPU seconds the server has used so far and its run-queue wait, over all its threads: on a loaded
# machine a request's wall time is mostly waiting for a core, so both are reported beside it.
sched() { cat /proc/"$server_pid"/task/*/schedstat 2>/dev/null | awk '{c += $1; w += $2} END {printf "%.3f %.3f\n", c / 1e9, w / 1e9}'; }
# since "BEFORE": the CPU and wait of the server since an earlier `sched`.
since() { awk -v a="$1" -v b="$(sched)" 'BEGIN {split(a, x, " "); split(b, y, " "); printf "%.3f %.3f\n", y[1] - x[1], y[2] - x[2]}'; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
