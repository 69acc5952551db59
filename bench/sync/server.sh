# Sourced by bench/sync/run.sh and bench/carddav/run.sh: the real liuliang-server on 127.0.0.1 over TLS
# with the dev CA, one org, one store and one manager (managers may write the org-wide tags and products
# the seeded history uses). Needs $server (the binary) and $work; sets $ca, $url, $server_pid, $bench_user;
# exports LIULIANG_BENCH_SYNC_PASSWORD. Call stop_server (or let the caller's EXIT trap do it).
server_pid=
bench_user=manager
export LIULIANG_BENCH_SYNC_PASSWORD='bench-password-123'

stop_server() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
  fi
}

# start_server DATA_DIR: creates the org on first use of DATA_DIR, then serves it.
start_server() {
  local data=$1
  [[ -f "$work/ca/ca.pem" ]] || "$server" dev-ca --out "$work/ca" >/dev/null
  ca="$work/ca/ca.pem"
  if [[ ! -e "$data/.bench-org" ]]; then
    local org store
    org=$("$server" admin --data "$data" org-create --name Bench | tail -1)
    store=$("$server" admin --data "$data" store-create --org "$org" --name Store | tail -1)
    printf '%s\n' "$LIULIANG_BENCH_SYNC_PASSWORD" |
      "$server" admin --data "$data" staff-create --org "$org" --store "$store" \
        --username "$bench_user" --name Manager --role manager >/dev/null
    touch "$data/.bench-org"
  fi
  local port=$((20000 + RANDOM % 30000))
  "$server" serve --data "$data" --listen "127.0.0.1:$port" \
    --tls-cert "$work/ca/server.pem" --tls-key "$work/ca/server.key" >>"$work/server.log" 2>&1 &
  server_pid=$!
  url="https://127.0.0.1:$port"
  for _ in $(seq 1 100); do
    curl -fsS --cacert "$ca" "$url/v1/health" >/dev/null 2>&1 && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "liuliang-server did not start:" >&2
  tail -20 "$work/server.log" >&2
  return 1
}
