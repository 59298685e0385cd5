#!/usr/bin/env bash
# Issue-3 HTTP benchmark, all targets side by side in one run, printed as one table plus the issue's targets:
#   bare-kestrel   a Kestrel process answering every request with the bytes lookup-self returned (the ceiling)
#   lookup-self    GET  /v1/auth/token/lookup-self on `platform server -dev` (a real process) with a default-policy token
#   token-create   POST /v1/auth/token/create on the same server (durable writes)
#   sqlite-insert  single-row inserts, WAL + synchronous=FULL through the platform's SqliteDatabase (the write baseline)
# With TARGET=kv (issue 4) the server rows are KV v2 instead: kv-read (GET secret/data/bench with a token whose policy
# allows secret/data/*) and kv-write (POST secret/data/bench-N, each client its own secret, acknowledged = on disk),
# and userpass-login (POST auth/userpass/login/bench: its cost is the password hash, PBKDF2-SHA256 with 600k
# iterations, so it is reported on its own rows and judged by no target).
# The warm-up is long on purpose: the server's code is JIT-compiled and tiered up during the first seconds of load
# on this 2-core machine, and the rows are meant to show the steady state a long-running server serves.
# bare-kestrel and lookup-self alternate at each client count so a change in the machine's load hits both alike.
# Usage: bench/api/run.sh                      (copy the table into docs/benchmarks.md with date and machine)
#   CLIENTS="1 8 32" WARMUP=2 DURATION=8 bench/api/run.sh
#   TARGET=seal-status bench/api/run.sh        (GET sys/seal-status instead of lookup-self; no token needed)
#   TARGET=kv bench/api/run.sh                 (KV v2 reads and durable writes, issue 4)
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${CLIENTS:-1 8 32}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-8}
TARGET=${TARGET:-lookup-self}
work=$(mktemp -d /tmp/platform-bench.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

dotnet build src/Platform.Host -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet build bench/Platform.Api.Benchmarks -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
platform=src/Platform.Host/bin/Release/net10.0/platform
bench=bench/Platform.Api.Benchmarks/bin/Release/net10.0/Platform.Api.Benchmarks
results="$work/results.tsv"
: >"$results"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, $(df -T "$work" | awk 'NR==2{print $2}') disk, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), dotnet $(dotnet --version)"

# The platform server: dev mode, its SQLite file on the same disk as the baseline's.
root_token=bench-root-$RANDOM$RANDOM
server_port=$(free_port)
server="http://127.0.0.1:$server_port"
"$platform" server -dev -dev-root-token-id "$root_token" -http-addr "127.0.0.1:$server_port" -data-dir "$work/data" >"$work/server.log" 2>&1 &
server_pid=$!
pids+=("$server_pid")
deadline=$((SECONDS + 60))
until "$bench" probe --url "$server/v1/sys/seal-status" 2>/dev/null | grep -q '"sealed":false'; do
  if ! kill -0 "$server_pid" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
    echo "platform server did not come up unsealed; its log:" >&2; tail -40 "$work/server.log" >&2; exit 1
  fi
  sleep 0.2
done

if [ "$TARGET" = lookup-self ]; then
  # A token with only the default policy, so lookup-self walks the real ACL check (root would short-circuit it).
  "$bench" probe --url "$server/v1/auth/token/create" --method POST --header "X-Vault-Token: $root_token" \
    --body '{"policies":["default"],"ttl":"24h","display_name":"bench"}' >"$work/create.json"
  token=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["auth"]["client_token"])' "$work/create.json")
  target_path=/v1/auth/token/lookup-self
  target_headers=(--header "X-Vault-Token: $token")
elif [ "$TARGET" = kv ]; then
  # A token whose only grant is KV: every read walks the real ACL check. The secret is a small JSON object.
  "$bench" probe --url "$server/v1/sys/policies/acl/bench-kv" --method PUT --header "X-Vault-Token: $root_token" \
    --body '{"policy":"path \"secret/data/*\" { capabilities = [\"create\", \"read\", \"update\"] }"}' >/dev/null
  "$bench" probe --url "$server/v1/auth/token/create" --method POST --header "X-Vault-Token: $root_token" \
    --body '{"policies":["bench-kv"],"ttl":"24h","display_name":"bench"}' >"$work/create.json"
  token=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["auth"]["client_token"])' "$work/create.json")
  kv_value='{"data":{"username":"app","password":"correct-horse-battery-staple","url":"postgres://db:5432/app"}}'
  "$bench" probe --url "$server/v1/secret/data/bench" --method POST --header "X-Vault-Token: $token" --body "$kv_value" >/dev/null
  target_path=/v1/secret/data/bench
  target_headers=(--header "X-Vault-Token: $token")
else
  target_path=/v1/sys/seal-status
  target_headers=()
fi
"$bench" probe --url "$server$target_path" "${target_headers[@]}" >"$work/body.json"

bare_port=$(free_port)
DOTNET_gcServer=1 "$bench" bare --listen "127.0.0.1:$bare_port" --body "$work/body.json" >"$work/bare.log" 2>&1 &
bare_pid=$!
pids+=("$bare_pid")
until "$bench" probe --url "http://127.0.0.1:$bare_port$target_path" >/dev/null 2>&1; do
  kill -0 "$bare_pid" 2>/dev/null || { cat "$work/bare.log" >&2; exit 1; }
  sleep 0.2
done

load() { "$bench" load --warmup "$WARMUP" --duration "$DURATION" --results "$results" "$@"; }
echo "running (${WARMUP}s warm-up + ${DURATION}s per row)…" >&2
for c in $CLIENTS; do
  load --label bare-kestrel --url "http://127.0.0.1:$bare_port$target_path" --clients "$c" --server-pid "$bare_pid"
  load --label "$([ "$TARGET" = kv ] && echo kv-read || echo "$TARGET")" --url "$server$target_path" "${target_headers[@]}" --clients "$c" --server-pid "$server_pid"
done
kill "$bare_pid"

if [ "$TARGET" = kv ]; then
  "$bench" probe --url "$server/v1/sys/auth/userpass" --method POST --header "X-Vault-Token: $root_token" \
    --body '{"type":"userpass"}' >/dev/null
  "$bench" probe --url "$server/v1/auth/userpass/users/bench" --method POST --header "X-Vault-Token: $root_token" \
    --body '{"password":"bench-userpass-password","token_policies":"default","token_ttl":"1h"}' >/dev/null
  for c in $CLIENTS; do
    load --label userpass-login --url "$server/v1/auth/userpass/login/bench" --method POST \
      --body '{"password":"bench-userpass-password"}' --clients "$c" --server-pid "$server_pid"
  done
  for c in $CLIENTS; do
    load --label kv-write --url "$server/v1/secret/data/bench-{client}" --method POST "${target_headers[@]}" \
      --body "$kv_value" --clients "$c" --server-pid "$server_pid"
  done
fi
if [ "$TARGET" = lookup-self ]; then
  for c in $CLIENTS; do
    load --label token-create --url "$server/v1/auth/token/create" --method POST --header "X-Vault-Token: $root_token" \
      --body '{"policies":["default"],"ttl":"1h"}' --clients "$c" --server-pid "$server_pid"
  done
fi
kill "$server_pid"

for c in $CLIENTS; do
  "$bench" sqlite --dir "$work" --writers "$c" --connection pooled --warmup "$WARMUP" --duration "$DURATION" --results "$results"
  if [ "$c" -gt 1 ]; then
    "$bench" sqlite --dir "$work" --writers "$c" --connection shared --warmup "$WARMUP" --duration "$DURATION" --results "$results"
  fi
done

echo
"$bench" report "$results"
