#!/usr/bin/env python3
"""hvac 0.11 manages leases on a live, uninitialised `platform server`.

Usage: VAULT_ADDR=http://127.0.0.1:PORT python3 vault_leases.py

Walks what hvac users write with hvac's own lease helpers (client.sys.read_lease, list_leases, renew_lease,
revoke_lease, revoke_prefix, revoke_force) on the leases of tokens with a TTL (auth/token/create/<id>) and of a
userpass login (auth/userpass/login/<user>/<id>). The first mismatch ends the run with exit code 1 naming the step,
the field, expected and actual.
"""
import hashlib
import os
import sys

import hvac
from hvac import exceptions


class Mismatch(Exception):
    pass


step_name = "start"


def step(name):
    global step_name
    step_name = name
    print(f"-- {name}", flush=True)


def check(field, actual, expected):
    if actual != expected:
        raise Mismatch(f"{field}: expected {expected!r}, got {actual!r}")


def expect_error(call, exception_type, message):
    try:
        call()
    except exception_type as error:
        check("error text", (error.errors or [None])[0], message)
        return
    except exceptions.VaultError as error:
        raise Mismatch(f"expected {exception_type.__name__} ({message}), got {type(error).__name__}: {error}")
    raise Mismatch(f"expected {exception_type.__name__} ({message}), the call succeeded")


def lease_of(token, path="auth/token/create"):
    # The platform names a token's lease like Vault: the path that made the token, then a one-way id of it.
    return f"{path}/{hashlib.sha256(token.encode()).hexdigest()}"


def alive(url, token):
    try:
        hvac.Client(url=url, token=token).auth.token.lookup_self()
        return True
    except exceptions.Forbidden:
        return False


def main():
    url = os.environ.get("VAULT_ADDR")
    if not url:
        print("VAULT_ADDR (a fresh platform server) must be set.", file=sys.stderr)
        return 2
    client = hvac.Client(url=url)
    try:
        step("init and unseal")
        init = client.sys.initialize(secret_shares=1, secret_threshold=1)
        client.sys.submit_unseal_key(key=init["keys"][0])
        client.token = init["root_token"]

        step("read_lease of a token with a TTL")
        token = client.auth.token.create(policies=["default"], ttl="1h")["auth"]["client_token"]
        lease_id = lease_of(token)
        lease = client.sys.read_lease(lease_id=lease_id)["data"]
        check("id", lease["id"], lease_id)
        check("renewable", lease["renewable"], True)
        check("last_renewal", lease["last_renewal"], None)
        check("ttl within the hour", 3590 <= lease["ttl"] <= 3600, True)
        check("fields", sorted(lease), ["expire_time", "id", "issue_time", "last_renewal", "renewable", "ttl"])
        expect_error(lambda: client.sys.read_lease(lease_id="auth/token/create/unknown"), exceptions.InvalidRequest, "invalid lease")

        step("list_leases, one level at a time")
        check("LIST auth/", client.sys.list_leases(prefix="auth/")["data"]["keys"], ["token/"])
        check("LIST auth/token/create/", client.sys.list_leases(prefix="auth/token/create/")["data"]["keys"], [lease_id.rsplit("/", 1)[1]])

        step("renew_lease with an increment")
        renewed = client.sys.renew_lease(lease_id=lease_id, increment=7200)
        check("lease_id", renewed["lease_id"], lease_id)
        check("lease_duration", renewed["lease_duration"], 7200)
        check("renewable", renewed["renewable"], True)
        check("token ttl after renew", 7190 <= client.auth.token.lookup(token)["data"]["ttl"] <= 7200, True)
        check("last_renewal set", client.sys.read_lease(lease_id=lease_id)["data"]["last_renewal"] is not None, True)

        step("revoke_lease revokes the token")
        client.sys.revoke_lease(lease_id=lease_id)
        check("token alive after revoke_lease", alive(url, token), False)
        expect_error(lambda: client.sys.read_lease(lease_id=lease_id), exceptions.InvalidRequest, "invalid lease")

        step("a userpass login's lease, and revoke_prefix of the auth method")
        client.sys.enable_auth_method(method_type="userpass")
        client.auth.userpass.create_or_update_user(username="carol", password="carol-hvac-password", policies=["default"])
        login = hvac.Client(url=url).auth.userpass.login(username="carol", password="carol-hvac-password")["auth"]["client_token"]
        login_lease = lease_of(login, "auth/userpass/login/carol")
        check("login lease id", client.sys.read_lease(lease_id=login_lease)["data"]["id"], login_lease)
        kept = client.auth.token.create(policies=["default"], ttl="1h")["auth"]["client_token"]
        client.sys.revoke_prefix(prefix="auth/userpass/")
        check("login token alive after revoke_prefix", alive(url, login), False)
        check("other token alive after revoke_prefix", alive(url, kept), True)

        step("revoke_force of a prefix")
        client.sys.revoke_force(prefix="auth/token/create")
        check("token alive after revoke_force", alive(url, kept), False)
        expect_error(lambda: client.sys.list_leases(prefix="auth/token/create/"), exceptions.InvalidPath, None)
    except Mismatch as mismatch:
        print(f"MISMATCH in step '{step_name}': {mismatch}", file=sys.stderr)
        return 1
    except exceptions.VaultError as error:
        print(f"UNEXPECTED ERROR in step '{step_name}': {type(error).__name__}: {error} (errors={error.errors})", file=sys.stderr)
        return 1
    print("hvac: every lease step matched Vault's answers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
