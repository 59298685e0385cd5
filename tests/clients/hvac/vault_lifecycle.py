#!/usr/bin/env python3
"""hvac 0.11 (Debian's python3-hvac, a real Vault client) drives a live, uninitialised `platform server`.

Usage: VAULT_ADDR=http://127.0.0.1:PORT python3 vault_lifecycle.py

Walks an operator's first day as hvac users write it: init (5 shares, threshold 3), unseal (progress, reset), seal
status, health, policy write/read/list (HCL and hvac's JSON form), token create/lookup/lookup-accessor/renew/revoke
(with a child tree), seal and unseal again. Every value Vault would return is compared; the first mismatch ends the
run with exit code 1 and a message naming the step, the field, the expected and the actual value.
"""
import base64
import binascii
import json
import os
import sys

import hvac
from hvac import exceptions

from script_checks import Mismatch, check, run, step


def check_true(field, condition, actual):
    if not condition:
        raise Mismatch(f"{field}: unexpected value {actual!r}")


def check_envelope(response, what):
    """Vault's envelope around data/auth: every key present, empty lease fields for non-lease answers."""
    for key in ("request_id", "lease_id", "renewable", "lease_duration", "data", "wrap_info", "warnings", "auth"):
        check_true(f"{what}: key {key!r} in the envelope", key in response, sorted(response))
    check_true(f"{what}.request_id", isinstance(response["request_id"], str) and response["request_id"], response["request_id"])
    check(f"{what}.lease_id", response["lease_id"], "")
    check(f"{what}.lease_duration", response["lease_duration"], 0)
    check(f"{what}.wrap_info", response["wrap_info"], None)


def expect_error(call, exception_type, status, message=None):
    try:
        call()
    except exception_type as error:
        if message is not None:
            check(f"error text of the {status} answer", (error.errors or [None])[0], message)
        return error
    except exceptions.VaultError as error:
        raise Mismatch(f"expected HTTP {status} ({exception_type.__name__}), got {type(error).__name__}: {error}")
    raise Mismatch(f"expected HTTP {status} ({exception_type.__name__}), the call succeeded")


def health(client, **overrides):
    """GET sys/health as (status code, body): hvac hands back the body for 200 and the response otherwise."""
    response = client.sys.read_health_status(method="GET", **overrides)
    if isinstance(response, dict):
        return 200, response
    return response.status_code, response.json()


def check_seal_status(status, what, initialized, sealed, t, n, progress):
    check(f"{what}.type", status["type"], "shamir")
    check(f"{what}.initialized", status["initialized"], initialized)
    check(f"{what}.sealed", status["sealed"], sealed)
    check(f"{what}.t", status["t"], t)
    check(f"{what}.n", status["n"], n)
    check(f"{what}.progress", status["progress"], progress)
    check_true(f"{what}.nonce is a string", isinstance(status["nonce"], str), status["nonce"])
    check_true(f"{what}.version is a string", isinstance(status["version"], str) and status["version"], status.get("version"))
    check(f"{what}.migration", status["migration"], False)
    check(f"{what}.recovery_seal", status["recovery_seal"], False)


def operator_init_and_unseal(client):
    step("fresh server: not initialised, sealed")
    check("sys/init initialized", client.sys.is_initialized(), False)
    check_seal_status(client.sys.read_seal_status(), "seal-status", False, True, 0, 0, 0)
    code, body = health(client)
    check("health status code (not initialised)", code, 501)
    check("health.initialized", body["initialized"], False)
    check("health with uninitcode=200", health(client, uninit_code=200)[0], 200)

    step("init with 5 shares, threshold 3")
    init = client.sys.initialize(secret_shares=5, secret_threshold=3)
    check("number of keys", len(init["keys"]), 5)
    check("number of keys_base64", len(init["keys_base64"]), 5)
    for index, (hex_key, b64_key) in enumerate(zip(init["keys"], init["keys_base64"])):
        check(f"keys[{index}] and keys_base64[{index}] are the same share", binascii.unhexlify(hex_key), base64.b64decode(b64_key))
        # Vault's shares are the 32-byte key's share plus one byte naming the x coordinate.
        check(f"keys[{index}] length in bytes", len(binascii.unhexlify(hex_key)), 33)
    check("shares are distinct", len(set(init["keys"])), 5)
    root_token = init["root_token"]
    check_true("root_token is a non-empty string", isinstance(root_token, str) and root_token, root_token)
    check("sys/init initialized after init", client.sys.is_initialized(), True)
    check_seal_status(client.sys.read_seal_status(), "seal-status after init", True, True, 3, 5, 0)
    expect_error(lambda: client.sys.initialize(secret_shares=1, secret_threshold=1), exceptions.InvalidRequest, 400)

    step("unseal: progress, reset, threshold")
    first = client.sys.submit_unseal_key(key=init["keys"][0])
    check_seal_status(first, "after share 1", True, True, 3, 5, 1)
    check_true("nonce set while unsealing", first["nonce"] != "", first["nonce"])
    second = client.sys.submit_unseal_key(key=init["keys"][1])
    check_seal_status(second, "after share 2", True, True, 3, 5, 2)
    check("nonce kept across shares", second["nonce"], first["nonce"])
    check_seal_status(client.sys.submit_unseal_key(reset=True), "after reset", True, True, 3, 5, 0)
    check("seal-status progress after reset", client.sys.read_seal_status()["progress"], 0)
    # Any three shares, in any order, base64 or hex.
    last = client.sys.submit_unseal_keys([init["keys_base64"][4], init["keys"][2], init["keys_base64"][0]])
    check_seal_status(last, "after 3 of 5 shares", True, False, 3, 5, 0)
    check("is_sealed", client.sys.is_sealed(), False)

    step("health of an unsealed node")
    code, body = health(client)
    check("health status code", code, 200)
    check("health.initialized", body["initialized"], True)
    check("health.sealed", body["sealed"], False)
    check("health.standby", body["standby"], False)
    check("health.performance_standby", body["performance_standby"], False)
    check_true("health.server_time_utc is epoch seconds", isinstance(body["server_time_utc"], int) and body["server_time_utc"] > 1_600_000_000, body["server_time_utc"])
    check_true("health.version is a string", isinstance(body["version"], str) and body["version"], body["version"])
    check("HEAD health status code", client.sys.read_health_status(method="HEAD").status_code, 200)
    return init


POLICY_HCL = """# written by hvac
path "auth/token/create" {
  capabilities = ["create", "update"]
}

path "secret/e2e/*" {
  capabilities = ["read", "list"]
}
"""


def policies(client):
    step("root token: lookup-self")
    self_lookup = client.auth.token.lookup_self()
    check_envelope(self_lookup, "lookup-self")
    data = self_lookup["data"]
    check("root.id", data["id"], client.token)
    check("root.policies", data["policies"], ["root"])
    check("root.path", data["path"], "auth/token/root")
    check("root.display_name", data["display_name"], "root")
    check("root.ttl", data["ttl"], 0)
    check("root.creation_ttl", data["creation_ttl"], 0)
    check("root.explicit_max_ttl", data["explicit_max_ttl"], 0)
    check("root.expire_time", data["expire_time"], None)
    check("root.orphan", data["orphan"], True)
    check("root.num_uses", data["num_uses"], 0)
    check("root.renewable", data["renewable"], False)
    check("root.type", data["type"], "service")
    check("root.entity_id", data["entity_id"], "")
    check_true("root.accessor", isinstance(data["accessor"], str) and data["accessor"], data["accessor"])

    step("policy write/read/list (body field 'policy', as hvac sends it)")
    written = client.sys.create_or_update_policy(name="e2e-hvac", policy=POLICY_HCL)
    check("policy write status", written.status_code, 204)
    read = client.sys.read_policy(name="e2e-hvac")
    check("policy read name", read["data"]["name"], "e2e-hvac")
    check("policy read rules", read["data"]["rules"], POLICY_HCL)
    # Vault 1.x answers sys/policy/NAME with name and rules at the top level too (older clients read them there).
    check("policy read top-level name", read["name"], "e2e-hvac")
    check("policy read top-level rules", read["rules"], POLICY_HCL)

    # hvac turns a dict into the JSON form of the policy language.
    json_policy = {"path": {"secret/json/*": {"capabilities": ["read"]}}}
    client.sys.create_or_update_policy(name="e2e-hvac-json", policy=json_policy)
    check("JSON policy read back", client.sys.read_policy(name="e2e-hvac-json")["data"]["rules"], json.dumps(json_policy, indent=4, sort_keys=True))

    listed = client.sys.list_policies()
    for name in ("default", "root", "e2e-hvac", "e2e-hvac-json"):
        check_true(f"{name} in data.policies", name in listed["data"]["policies"], listed["data"]["policies"])
        check_true(f"{name} in top-level policies", name in listed["policies"], listed["policies"])

    expect_error(lambda: client.sys.read_policy(name="e2e-no-such-policy"), exceptions.InvalidPath, 404)
    expect_error(lambda: client.sys.create_or_update_policy(name="e2e-bad", policy='path "x" { capabilities = ["fly"] }'), exceptions.InvalidRequest, 400)

    client.sys.delete_policy(name="e2e-hvac-json")
    expect_error(lambda: client.sys.read_policy(name="e2e-hvac-json"), exceptions.InvalidPath, 404)


def check_token_data(data, what, token_id, accessor):
    check(f"{what}.id", data["id"], token_id)
    check(f"{what}.accessor", data["accessor"], accessor)
    check(f"{what}.policies", data["policies"], ["default", "e2e-hvac"])
    check(f"{what}.display_name", data["display_name"], "token-hvac-app")
    check(f"{what}.meta", data["meta"], {"team": "e2e", "purpose": "hvac"})
    check(f"{what}.path", data["path"], "auth/token/create")
    check(f"{what}.creation_ttl", data["creation_ttl"], 3600)
    check_true(f"{what}.ttl counts down from 3600", 3500 <= data["ttl"] <= 3600, data["ttl"])
    check(f"{what}.explicit_max_ttl", data["explicit_max_ttl"], 0)
    check(f"{what}.num_uses", data["num_uses"], 0)
    check(f"{what}.orphan", data["orphan"], False)
    check(f"{what}.renewable", data["renewable"], True)
    check(f"{what}.type", data["type"], "service")
    check(f"{what}.entity_id", data["entity_id"], "")
    check_true(f"{what}.expire_time is a timestamp", isinstance(data["expire_time"], str) and "T" in data["expire_time"], data["expire_time"])
    check_true(f"{what}.issue_time is a timestamp", isinstance(data["issue_time"], str) and "T" in data["issue_time"], data["issue_time"])
    check_true(f"{what}.creation_time is epoch seconds", isinstance(data["creation_time"], int) and data["creation_time"] > 1_600_000_000, data["creation_time"])


def tokens(client, url):
    step("token create (child of root)")
    created = client.auth.token.create(
        policies=["e2e-hvac"], ttl="1h", display_name="hvac-app", meta={"team": "e2e", "purpose": "hvac"})
    check_envelope(created, "token create")
    check("token create data", created["data"], None)
    check("token create renewable (envelope)", created["renewable"], False)
    auth = created["auth"]
    token, accessor = auth["client_token"], auth["accessor"]
    check_true("client_token", isinstance(token, str) and token and token != client.token, token)
    check_true("accessor", isinstance(accessor, str) and accessor and accessor != token, accessor)
    check("auth.policies", auth["policies"], ["default", "e2e-hvac"])
    check("auth.token_policies", auth["token_policies"], ["default", "e2e-hvac"])
    check("auth.metadata", auth["metadata"], {"team": "e2e", "purpose": "hvac"})
    check("auth.lease_duration", auth["lease_duration"], 3600)
    check("auth.renewable", auth["renewable"], True)
    check("auth.entity_id", auth["entity_id"], "")
    check("auth.token_type", auth["token_type"], "service")
    check("auth.orphan", auth["orphan"], False)

    step("token lookup, lookup-accessor, lookup-self")
    lookup = client.auth.token.lookup(token)
    check_envelope(lookup, "lookup")
    check_token_data(lookup["data"], "lookup", token, accessor)
    by_accessor = client.auth.token.lookup_accessor(accessor)
    # Looking up by accessor never reveals the token itself.
    check_token_data(by_accessor["data"], "lookup-accessor", "", accessor)
    child = hvac.Client(url=url, token=token)
    check_token_data(child.auth.token.lookup_self()["data"], "lookup-self as the child", token, accessor)

    step("token renew and renew-self")
    renewed = client.auth.token.renew(token, increment="2h")
    check("renew auth.client_token", renewed["auth"]["client_token"], token)
    check("renew auth.accessor", renewed["auth"]["accessor"], accessor)
    check("renew auth.policies", renewed["auth"]["policies"], ["default", "e2e-hvac"])
    check("renew auth.lease_duration", renewed["auth"]["lease_duration"], 7200)
    check("renew auth.renewable", renewed["auth"]["renewable"], True)
    check_true("ttl after renew", 7100 <= client.auth.token.lookup(token)["data"]["ttl"] <= 7200, client.auth.token.lookup(token)["data"]["ttl"])
    renewed_self = child.auth.token.renew_self(increment=1800)
    check("renew-self auth.lease_duration", renewed_self["auth"]["lease_duration"], 1800)
    check("renew-self auth.client_token", renewed_self["auth"]["client_token"], token)

    step("a token without the capability is refused")
    expect_error(lambda: child.sys.create_or_update_policy(name="e2e-hvac-evil", policy=POLICY_HCL), exceptions.Forbidden, 403, "permission denied")

    step("revoke: the child's own child goes with it")
    grandchild = child.auth.token.create(policies=["e2e-hvac"], ttl="10m")["auth"]["client_token"]
    check("grandchild's policies", client.auth.token.lookup(grandchild)["data"]["policies"], ["default", "e2e-hvac"])
    revoked = client.auth.token.revoke(token)
    check("revoke status", revoked.status_code, 204)
    expect_error(lambda: client.auth.token.lookup(token), exceptions.Forbidden, 403, "bad token")
    expect_error(lambda: client.auth.token.lookup(grandchild), exceptions.Forbidden, 403, "bad token")
    expect_error(lambda: child.auth.token.lookup_self(), exceptions.Forbidden, 403, "permission denied")

    step("revoke-accessor")
    other = client.auth.token.create(policies=["e2e-hvac"], ttl="1h")["auth"]
    client.auth.token.revoke_accessor(other["accessor"])
    expect_error(lambda: client.auth.token.lookup(other["client_token"]), exceptions.Forbidden, 403, "bad token")


def seal_and_unseal_again(client, init):
    step("seal: every authenticated call answers 503 until unsealed")
    check("seal status code", client.sys.seal().status_code, 204)
    check_seal_status(client.sys.read_seal_status(), "seal-status after seal", True, True, 3, 5, 0)
    expect_error(lambda: client.auth.token.lookup_self(), exceptions.VaultDown, 503, "Vault is sealed")
    expect_error(lambda: client.sys.read_policy(name="e2e-hvac"), exceptions.VaultDown, 503, "Vault is sealed")
    check("health status code when sealed", health(client)[0], 503)
    client.sys.submit_unseal_keys(init["keys"][1:4])
    check("policy back after unseal", client.sys.read_policy(name="e2e-hvac")["data"]["rules"], POLICY_HCL)
    check("root token works after unseal", client.auth.token.lookup_self()["data"]["policies"], ["root"])


def main():
    url = os.environ.get("VAULT_ADDR")
    if not url:
        print("VAULT_ADDR is not set: give the address of a fresh (uninitialised) platform server.", file=sys.stderr)
        return 2
    client = hvac.Client(url=url)

    def body():
        init = operator_init_and_unseal(client)
        client.token = init["root_token"]
        policies(client)
        tokens(client, url)
        seal_and_unseal_again(client, init)

    return run(body, "hvac: every step matched Vault's answers")


if __name__ == "__main__":
    sys.exit(main())
