#!/usr/bin/env python3
"""hvac 0.11 manages leases on a live, uninitialised `platform server`.

Usage: VAULT_ADDR=http://127.0.0.1:PORT python3 vault_leases.py

Walks what hvac users write with hvac's own lease helpers (client.sys.read_lease, list_leases, renew_lease,
revoke_lease, revoke_prefix, revoke_force) on the leases of tokens with a TTL (auth/token/create/<id>) and of a
userpass login (auth/userpass/login/<user>/<id>). Lease ids are found as Vault users find them, by LIST of
sys/leases/lookup/<path>/ (Vault's id is a salted hash of the token, so a client cannot compute it). A token's lease
is not renewed through renew_lease: Vault refuses it there ("tokens cannot be renewed through this endpoint",
hashicorp/vault#7298); the token is renewed with auth.token.renew and its lease shows the renewal. The first
mismatch ends the run with exit code 1 naming the step, the field, expected and actual.
"""
import os
import sys

import hvac
from hvac import exceptions

from script_checks import Mismatch, check, run, step


def expect_error(call, exception_type, message):
    try:
        call()
    except exception_type as error:
        check("error text", (error.errors or [None])[0], message)
        return
    except exceptions.VaultError as error:
        raise Mismatch(f"expected {exception_type.__name__} ({message}), got {type(error).__name__}: {error}")
    raise Mismatch(f"expected {exception_type.__name__} ({message}), the call succeeded")


def only_lease(client, path):
    # The one lease under path (a directory of lease ids), found the way a Vault user finds it: LIST.
    keys = client.sys.list_leases(prefix=path + "/")["data"]["keys"]
    check(f"leases under {path}/", len(keys), 1)
    return f"{path}/{keys[0]}"


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

    def body():
        step("init and unseal")
        init = client.sys.initialize(secret_shares=1, secret_threshold=1)
        client.sys.submit_unseal_key(key=init["keys"][0])
        client.token = init["root_token"]

        step("read_lease of a token with a TTL, its id found by list_leases")
        token = client.auth.token.create(policies=["default"], ttl="1h")["auth"]["client_token"]
        lease_id = only_lease(client, "auth/token/create")
        lease = client.sys.read_lease(lease_id=lease_id)["data"]
        check("id", lease["id"], lease_id)
        check("renewable", lease["renewable"], True)
        check("last_renewal", lease["last_renewal"], None)
        check("ttl within the hour", 3590 <= lease["ttl"] <= 3600, True)
        check("fields", sorted(lease), ["expire_time", "id", "issue_time", "last_renewal", "renewable", "ttl"])
        expect_error(lambda: client.sys.read_lease(lease_id="auth/token/create/unknown"), exceptions.InvalidRequest, "invalid lease")

        step("list_leases, one level at a time")
        check("LIST auth/", client.sys.list_leases(prefix="auth/")["data"]["keys"], ["token/"])
        check("LIST auth/token/", client.sys.list_leases(prefix="auth/token/")["data"]["keys"], ["create/"])

        step("renew_lease refuses a token's lease, as Vault does")
        expect_error(lambda: client.sys.renew_lease(lease_id=lease_id, increment=7200), exceptions.InvalidRequest,
                     "tokens cannot be renewed through this endpoint")
        expect_error(lambda: client.sys.renew_lease(lease_id="auth/token/create/unknown"), exceptions.InvalidRequest, "lease not found")
        check("token ttl after the refused renew", 3590 <= client.auth.token.lookup(token)["data"]["ttl"] <= 3600, True)
        check("last_renewal after the refused renew", client.sys.read_lease(lease_id=lease_id)["data"]["last_renewal"], None)

        step("auth.token.renew renews the token, and its lease shows it")
        renewed = client.auth.token.renew(token=token, increment=7200)["auth"]
        check("lease_duration", renewed["lease_duration"], 7200)
        check("renewable", renewed["renewable"], True)
        lease = client.sys.read_lease(lease_id=lease_id)["data"]
        check("lease ttl after renew", 7190 <= lease["ttl"] <= 7200, True)
        check("last_renewal set", lease["last_renewal"] is not None, True)

        step("revoke_lease revokes the token")
        client.sys.revoke_lease(lease_id=lease_id)
        check("token alive after revoke_lease", alive(url, token), False)
        expect_error(lambda: client.sys.read_lease(lease_id=lease_id), exceptions.InvalidRequest, "invalid lease")

        step("a userpass login's lease, and revoke_prefix of the auth method")
        client.sys.enable_auth_method(method_type="userpass")
        client.auth.userpass.create_or_update_user(username="carol", password="carol-hvac-password", policies=["default"])
        login = hvac.Client(url=url).auth.userpass.login(username="carol", password="carol-hvac-password")["auth"]["client_token"]
        login_lease = only_lease(client, "auth/userpass/login/carol")
        check("login lease id", client.sys.read_lease(lease_id=login_lease)["data"]["id"], login_lease)
        kept = client.auth.token.create(policies=["default"], ttl="1h")["auth"]["client_token"]
        client.sys.revoke_prefix(prefix="auth/userpass/")
        check("login token alive after revoke_prefix", alive(url, login), False)
        check("other token alive after revoke_prefix", alive(url, kept), True)

        step("revoke_force of a prefix")
        client.sys.revoke_force(prefix="auth/token/create")
        check("token alive after revoke_force", alive(url, kept), False)
        expect_error(lambda: client.sys.list_leases(prefix="auth/token/create/"), exceptions.InvalidPath, None)

    return run(body, "hvac: every lease step matched Vault's answers")


if __name__ == "__main__":
    sys.exit(main())
