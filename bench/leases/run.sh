#!/usr/bin/env bash
# Issue-4 lease store at scale, on a real non-dev `platform server` (SQLite): start-up and unseal times with an empty
# store and with COUNT token leases (auth/token/create with a TTL: each one is a lease in the lease tree and the
# deadline index), the fill rate, a LIST of all of them, and lookup / renew (auth/token/renew) / revoke of distinct
# cold leases after the restart (their grains not yet active, so each reads storage).
# Usage: bench/leases/run.sh            (copy the output into docs/benchmarks.md with date, machine and load)
#   COUNT=100000 CLIENTS=16 SAMPLE=2000 bench/leases/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${COUNT:-100000}
CLIENTS=${CLIENTS:-16}
SAMPLE=${SAMPLE:-2000}
work=$(mktemp -d /tmp/platform-lease-bench.XXXXXX)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$(now)"; }

dotnet build src/Platform.Host -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet build bench/Platform.Api.Benchmarks -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
platform=src/Platform.Host/bin/Release/net10.0/platform
bench=bench/Platform.Api.Benchmarks/bin/Release/net10.0/Platform.Api.Benchmarks

port=$(free_port)
server="http://127.0.0.1:$port"
cat >"$work/server.hcl" <<HCL
listener "tcp" {
  address     = "127.0.0.1:$port"
  tls_disable = true
}
storage "sqlite" { path = "$work/storage" }
cluster {
  silo_port    = $(free_port)
  gateway_port = $(free_port)
  advertise    = "127.0.0.1"
  cluster_id   = "lease-bench"
}
log_level = "warn"
HCL

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, $(df -T "$work" | awk 'NR==2{print $2}') disk"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), dotnet $(dotnet --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"

probe() { "$bench" probe "$@" 2>/dev/null; }

# Starts the server and writes the seconds until it answers sys/seal-status to $work/started (not printed: a
# caller in $(…) would run it in a subshell and lose server_pid).
start_server() {
  local started; started=$(now)
  "$platform" server -config "$work/server.hcl" >>"$work/server.log" 2>&1 &
  server_pid=$!
  local deadline=$((SECONDS + 120))
  until probe --url "$server/v1/sys/seal-status" >/dev/null; do
    if ! kill -0 "$server_pid" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
      echo "platform server did not come up; its log:" >&2; tail -40 "$work/server.log" >&2; exit 1
    fi
    sleep 0.05
  done
  since "$started" >"$work/started"
}

stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=; }

# Unseals and prints "unseal-seconds first-request-seconds" (the first authenticated request after the unseal).
unseal() {
  local started; started=$(now)
  probe --url "$server/v1/sys/unseal" --method PUT --body "{\"key\":\"$key\"}" | grep -q '"sealed":false'
  local unsealed; unsealed=$(since "$started")
  probe --url "$server/v1/auth/token/lookup-self" --header "X-Vault-Token: $root" >/dev/null
  echo "$unsealed $(since "$started")"
}

report_restart() {
  local label=$1 start_s
  start_server
  start_s=$(cat "$work/started")
  read -r unseal_s first_s < <(unseal)
  printf '%s\tstart-up %ss\tunseal %ss\tfirst request after unseal begun %ss\n' "$label" "$start_s" "$unseal_s" "$first_s"
}

start_server
probe --url "$server/v1/sys/init" --method PUT --body '{"secret_shares":1,"secret_threshold":1}' >"$work/init.json"
key=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["keys"][0])' "$work/init.json")
root=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["root_token"])' "$work/init.json")
unseal >/dev/null
stop_server
report_restart "empty store"

batch() { "$bench" batch --url "$server$1" --header "X-Vault-Token: $root" --clients "$CLIENTS" "${@:2}"; }
echo -e "step\trequests\terrors\tseconds\tper second\tp50 ms\tp99 ms"
batch /v1/auth/token/create --label "create $COUNT token leases" --count "$COUNT" \
  --body '{"policies":["default"],"ttl":"768h"}' --responses "$work/created.jsonl"

python3 - "$work" "$SAMPLE" <<'PY'
import hashlib, json, sys
work, sample = sys.argv[1], int(sys.argv[2])
tokens = [json.loads(line)["auth"]["client_token"] for line in open(f"{work}/created.jsonl")]
ids = ["auth/token/create/" + hashlib.sha256(token.encode()).hexdigest() for token in tokens]
with open(f"{work}/lookup.txt", "w") as f:
    f.writelines(json.dumps({"lease_id": i}) + "\n" for i in ids[:sample])
with open(f"{work}/renew.txt", "w") as f:
    # A token lease is renewed through auth/token/renew (sys/leases/renew refuses tokens, as Vault does).
    f.writelines(json.dumps({"token": t, "increment": "700h"}) + "\n" for t in tokens[sample:2 * sample])
with open(f"{work}/revoke.txt", "w") as f:
    f.writelines(json.dumps({"lease_id": i}) + "\n" for i in ids[2 * sample:3 * sample])
PY

stop_server
report_restart "$COUNT leases"

started=$(now)
probe --url "$server/v1/sys/leases/lookup/auth/token/create/" --method LIST --header "X-Vault-Token: $root" >"$work/list.json"
echo -e "LIST auth/token/create/ ($(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["data"]["keys"]))' "$work/list.json") keys)\t1\t0\t$(since "$started")"
batch /v1/sys/leases/lookup --label "lookup (cold)" --method PUT --bodies "$work/lookup.txt"
batch /v1/auth/token/renew --label "renew (cold)" --method PUT --bodies "$work/renew.txt"
batch /v1/sys/leases/revoke --label "revoke (cold)" --method PUT --expect 204 --bodies "$work/revoke.txt"
batch /v1/auth/token/create --label "create with $COUNT leases stored" --count "$SAMPLE" --body '{"policies":["default"],"ttl":"768h"}'
echo "storage: $(du -sh "$work/storage" | cut -f1)"
