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

start_slapd_peer() {
  # OpenLDAP for the LDAP auth tests: its own folder and config, two free loopback ports (ldap:// with StartTLS,
  # and ldaps://) serving a certificate from a throwaway CA, an mdb database seeded with ou=users (alice, bob) and
  # ou=groups (devs: groupOfNames with alice; ops: posixGroup with memberUid bob). Exports PLATFORM_TEST_LDAP_URL,
  # _LDAPS_URL, _CA_FILE, _BINDDN, _BINDPASS, _USERDN, _GROUPDN and the two users' passwords.
  if ! command -v slapd >/dev/null && [ ! -x /usr/sbin/slapd ] || ! command -v ldapadd >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
      log "installing slapd and ldap-utils"
      (apt-get -o DPkg::Lock::Timeout=300 update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends slapd ldap-utils) >/dev/null 2>&1 \
        || return 1
    else
      return 1
    fi
  fi
  local slapd=/usr/sbin/slapd slaptest=/usr/sbin/slaptest slappasswd=/usr/sbin/slappasswd
  local dir="$PEERS_DIR/slapd" port tls_port suffix="dc=platform,dc=test" admin_pw
  mkdir -p "$dir/db"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])') || return 1
  tls_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])') || return 1
  # A CA and a server certificate for 127.0.0.1, valid for two days: the TLS tests trust the CA through the
  # config's `certificate` field, or skip verification with insecure_tls.
  (openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/ca.key" -out "$dir/ca.pem" -days 2 -subj "/CN=Platform Test CA" \
    && openssl req -newkey rsa:2048 -nodes -keyout "$dir/server.key" -out "$dir/server.csr" -subj "/CN=127.0.0.1" \
    && printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >"$dir/server.ext" \
    && openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial -out "$dir/server.pem" \
         -days 2 -extfile "$dir/server.ext") >"$dir/openssl.log" 2>&1 || { cat "$dir/openssl.log" >&2; return 1; }
  admin_pw="admin-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  cat >"$dir/slapd.conf" <<CONF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
pidfile $PEERS_DIR/slapd.pid
TLSCACertificateFile $dir/ca.pem
TLSCertificateFile $dir/server.pem
TLSCertificateKeyFile $dir/server.key
argsfile $dir/slapd.args
modulepath /usr/lib/ldap
moduleload back_mdb
database mdb
maxsize 67108864
suffix "$suffix"
rootdn "cn=admin,$suffix"
rootpw $("$slappasswd" -s "$admin_pw")
directory $dir/db
access to attrs=userPassword by self write by anonymous auth by * none
access to * by * read
CONF
  "$slaptest" -f "$dir/slapd.conf" -u >"$dir/slaptest.log" 2>&1 || { cat "$dir/slaptest.log" >&2; return 1; }
  "$slapd" -f "$dir/slapd.conf" -h "ldap://127.0.0.1:$port/ ldaps://127.0.0.1:$tls_port/" >"$dir/slapd.log" 2>&1 || { cat "$dir/slapd.log" >&2; return 1; }
  local deadline=$((SECONDS + 20))
  until ldapsearch -x -H "ldap://127.0.0.1:$port/" -b "" -s base >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      cat "$dir/slapd.log" >&2
      return 1
    fi
    sleep 0.1
  done
  ldapadd -x -H "ldap://127.0.0.1:$port/" -D "cn=admin,$suffix" -w "$admin_pw" >"$dir/seed.log" 2>&1 <<LDIF || { cat "$dir/seed.log" >&2; return 1; }
dn: $suffix
objectClass: dcObject
objectClass: organization
o: platform
dc: platform

dn: ou=users,$suffix
objectClass: organizationalUnit
ou: users

dn: ou=groups,$suffix
objectClass: organizationalUnit
ou: groups

dn: uid=alice,ou=users,$suffix
objectClass: inetOrgPerson
uid: alice
cn: Alice Liddell
sn: Liddell
userPassword: alice-ldap-password

dn: uid=bob,ou=users,$suffix
objectClass: inetOrgPerson
uid: bob
cn: Bob Builder
sn: Builder
userPassword: bob-ldap-password

dn: cn=devs,ou=groups,$suffix
objectClass: groupOfNames
cn: devs
member: uid=alice,ou=users,$suffix

dn: cn=ops,ou=groups,$suffix
objectClass: posixGroup
cn: ops
gidNumber: 5001
memberUid: bob
LDIF
  export PLATFORM_TEST_LDAP_URL="ldap://127.0.0.1:$port"
  export PLATFORM_TEST_LDAPS_URL="ldaps://127.0.0.1:$tls_port"
  export PLATFORM_TEST_LDAP_CA_FILE="$dir/ca.pem"
  export PLATFORM_TEST_LDAP_BINDDN="cn=admin,$suffix"
  export PLATFORM_TEST_LDAP_BINDPASS="$admin_pw"
  export PLATFORM_TEST_LDAP_USERDN="ou=users,$suffix"
  export PLATFORM_TEST_LDAP_GROUPDN="ou=groups,$suffix"
  export PLATFORM_TEST_LDAP_ALICE_PASSWORD="alice-ldap-password"
  export PLATFORM_TEST_LDAP_BOB_PASSWORD="bob-ldap-password"
  log "slapd on $PLATFORM_TEST_LDAP_URL"
}

install_node_peers || log "node peers missing: the tests that need them will fail and say so"
start_redis_peer || log "redis missing: the tests that need PLATFORM_TEST_REDIS will fail and say so"
start_slapd_peer || log "slapd missing: the LDAP tests that need PLATFORM_TEST_LDAP_URL will fail and say so"

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
