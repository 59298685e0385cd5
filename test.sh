#!/usr/bin/env bash
# Runs every test of the solution against real peers, then prints one line: "N passed, N failed, N skipped".
# Installs what the tests need when run as root (CI and fresh machines), starts each peer in a temporary folder
# on 127.0.0.1, and stops them on exit. Exit status is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
PEERS_DIR=$(mktemp -d /tmp/platform-peers.XXXXXX)
RESULTS_DIR="$PEERS_DIR/results"
mkdir -p "$RESULTS_DIR"

cleanup() {
  # Peers write their PID files under $PEERS_DIR; stop each one we started.
  for pidfile in "$PEERS_DIR"/*.pid; do
    [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null
  done
  rm -rf "$PEERS_DIR"
}
trap cleanup EXIT

log() { echo "test.sh: $*" >&2; }

install_node_peers() {
  # @cdktf/hcl2json: HashiCorp's own HCL parser (wasm), the reference for the differential HCL tests.
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
      apt-get -o DPkg::Lock::Timeout=300 update -qq && apt-get -o DPkg::Lock::Timeout=300 install -y -qq nodejs npm >/dev/null
    fi
  fi
  for dir in tools/*/; do
    if [ -f "$dir/package-lock.json" ] && [ ! -d "$dir/node_modules" ]; then
      log "npm ci in $dir"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) >&2 || { log "npm ci failed in $dir"; return 1; }
    fi
  done
}

start_redis_peer() {
  # Redis for the storage and cluster tests: its own folder, a free loopback port, every write fsynced to the
  # append-only file (the tests scan it for plaintext), no RDB snapshots. Exports PLATFORM_TEST_REDIS.
  if ! command -v redis-server >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
      log "installing redis-server"
      apt-get -o DPkg::Lock::Timeout=300 install -y -qq redis-server >/dev/null 2>&1 \
        || { apt-get -o DPkg::Lock::Timeout=300 update -qq && apt-get -o DPkg::Lock::Timeout=300 install -y -qq redis-server >/dev/null; } \
        || return 1
    else
      return 1
    fi
  fi
  local dir="$PEERS_DIR/redis" port
  mkdir -p "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])') || return 1
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly yes --appendfsync always \
    --dir "$dir" --daemonize no >"$dir/redis.log" 2>&1 &
  echo $! >"$PEERS_DIR/redis.pid"
  local deadline=$((SECONDS + 20))
  until redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; do
    if [ "$SECONDS" -ge "$deadline" ] || ! kill -0 "$(cat "$PEERS_DIR/redis.pid")" 2>/dev/null; then
      tail -20 "$dir/redis.log" >&2
      return 1
    fi
    sleep 0.1
  done
  export PLATFORM_TEST_REDIS="127.0.0.1:$port"
  log "redis on $PLATFORM_TEST_REDIS"
}

install_node_peers || log "node peers missing: the tests that need them will fail and say so"
start_redis_peer || log "redis missing: the tests that need PLATFORM_TEST_REDIS will fail and say so"

install_vault_clients() {
  # Real Vault clients for tests/Platform.EndToEnd: hvac 0.11 (Debian's python3-hvac, for the system python3) and
  # node-vault 0.12.0 (pinned by tests/clients/node-vault/package-lock.json). Exported for the tests, which fail
  # with a clear message when a variable is missing.
  if ! /usr/bin/python3 -c 'import hvac' 2>/dev/null && [ "$(id -u)" = 0 ]; then
    log "apt-get install python3-hvac"
    (apt-get -o DPkg::Lock::Timeout=300 update -qq && apt-get -o DPkg::Lock::Timeout=300 install -y -qq python3-hvac) >/dev/null 2>&1
  fi
  if /usr/bin/python3 -c 'import hvac' 2>/dev/null; then
    export PLATFORM_TEST_HVAC_PYTHON=/usr/bin/python3
  else
    log "python3-hvac missing: the hvac end-to-end test will fail and say so"
  fi

  local dir=tests/clients/node-vault
  if [ ! -d "$dir/node_modules/node-vault" ] && command -v npm >/dev/null; then
    log "npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) >&2 || log "npm ci failed in $dir"
  fi
  if [ -d "$dir/node_modules/node-vault" ]; then
    export PLATFORM_TEST_NODE_VAULT="$ROOT/$dir"
  fi
}

install_vault_clients

if ! dotnet build Platform.sln -c Release -nologo -v q >"$RESULTS_DIR/build.log" 2>&1; then
  cat "$RESULTS_DIR/build.log" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0; failed=0; skipped=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  log "running $name"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS_DIR" \
    >"$RESULTS_DIR/$name.log" 2>&1
  trx="$RESULTS_DIR/$name.trx"
  if [ ! -f "$trx" ]; then
    # The run itself crashed (no results written): count it as one failure and show why.
    tail -50 "$RESULTS_DIR/$name.log" >&2
    failed=$((failed + 1))
    continue
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  x=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
  skipped=$((skipped + ${t:-0} - ${x:-0}))
  if [ "${f:-0}" != 0 ] || [ "${e:-0}" != 0 ]; then
    grep -E '^\s+(Failed|Error Message|  )' "$RESULTS_DIR/$name.log" | head -200 >&2
  fi
done

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
