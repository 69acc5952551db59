# Sourced by bench/sync/run.sh and bench/carddav/run.sh: the real liuliang-server on 127.0.0.1 over TLS
# with the dev CA (bench/lib/server.sh), one org, one store and one manager (managers may write the org-wide
# tags and products the seeded history uses). Needs $server (the binary) and $work; sets $ca, $url,
# $server_pid, $bench_user; exports LIULIANG_BENCH_SYNC_PASSWORD. Call stop_server (or let the caller's
# EXIT trap do it).
bench_user=manager
export LIULIANG_BENCH_SYNC_PASSWORD='bench-password-123'
# shellcheck source=../lib/server.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/server.sh"

# start_server DATA_DIR: creates the org on first use of DATA_DIR, then serves it.
start_server() {
  local data=$1
  if [[ ! -e "$data/.bench-org" ]]; then
    local org store
    org=$("$server" admin --data "$data" org-create --name Bench | tail -1)
    store=$("$server" admin --data "$data" store-create --org "$org" --name Store | tail -1)
    printf '%s\n' "$LIULIANG_BENCH_SYNC_PASSWORD" |
      "$server" admin --data "$data" staff-create --org "$org" --store "$store" \
        --username "$bench_user" --name Manager --role manager >/dev/null
    touch "$data/.bench-org"
  fi
  serve "$work/server.log" "$data"
}
