#!/usr/bin/env python3
"""hvac 0.11 logs in through userpass and LDAP on a live, uninitialised `platform server`.

Usage: VAULT_ADDR=http://127.0.0.1:PORT PLATFORM_TEST_LDAP_URL=… (the PLATFORM_TEST_LDAP_* variables of test.sh's
slapd) python3 vault_auth.py

Walks what hvac users write: enable userpass and ldap, create a user and a group mapping with hvac's own helpers,
log in with client.auth.userpass.login / client.auth.ldap.login (which adopt the token), check the auth block, the
token's lookup and capabilities, renew it, and the refusals (wrong password, unknown user, empty password, filter
injection). The first mismatch ends the run with exit code 1 naming the step, the field, expected and actual.
"""
import os
import sys

import hvac
from hvac import exceptions

from script_checks import Mismatch, check, run, step

TEAM_READ = 'path "secret/data/team/*" {\n  capabilities = ["read"]\n}\n'
VAULT_DEFAULT_TTL = 768 * 3600


def expect_error(call, exception_type, message):
    try:
        call()
    except exception_type as error:
        check("error text", (error.errors or [None])[0], message)
        return
    except exceptions.VaultError as error:
        raise Mismatch(f"expected {exception_type.__name__} ({message}), got {type(error).__name__}: {error}")
    raise Mismatch(f"expected {exception_type.__name__} ({message}), the call succeeded")


def check_login(response, what, policies, username):
    auth = response["auth"]
    check(f"{what}: envelope data", response["data"], None)
    check(f"{what}: envelope lease_duration", response["lease_duration"], 0)
    check(f"{what}: policies", auth["policies"], policies)
    check(f"{what}: token_policies", auth["token_policies"], policies)
    check(f"{what}: metadata", auth["metadata"], {"username": username})
    check(f"{what}: lease_duration", auth["lease_duration"], VAULT_DEFAULT_TTL)
    check(f"{what}: renewable", auth["renewable"], True)
    check(f"{what}: orphan", auth["orphan"], True)
    check(f"{what}: token_type", auth["token_type"], "service")
    check(f"{what}: entity_id", auth["entity_id"], "")
    check(f"{what}: num_uses", auth["num_uses"], 0)
    check(f"{what}: mfa_requirement", auth["mfa_requirement"], None)
    check(f"{what}: client_token prefix", auth["client_token"][:4], "hvs.")


def check_token(url, token, display_name, path):
    user = hvac.Client(url=url, token=token)
    data = user.auth.token.lookup_self()["data"]
    check("lookup-self display_name", data["display_name"], display_name)
    check("lookup-self path", data["path"], path)
    check("lookup-self orphan", data["orphan"], True)
    capabilities = user.sys.get_capabilities(paths=["secret/data/team/app", "secret/data/other", "sys/mounts"])
    check("capabilities on secret/data/team/app", capabilities["secret/data/team/app"], ["read"])
    check("capabilities on secret/data/other", capabilities["secret/data/other"], ["deny"])
    check("capabilities on sys/mounts", capabilities["sys/mounts"], ["deny"])
    expect_error(lambda: user.sys.list_mounted_secrets_engines(), exceptions.Forbidden, "permission denied")
    renewed = user.auth.token.renew_self(increment="1h")
    check("renew-self lease_duration", renewed["auth"]["lease_duration"], 3600)


def userpass(client, url):
    step("userpass: enable, create a user with hvac's helper, read and list")
    client.sys.enable_auth_method(method_type="userpass")
    client.auth.userpass.create_or_update_user(username="alice", password="alice-hvac-password", policies=["team-read"])
    user = client.auth.userpass.read_user(username="alice")["data"]
    check("users/alice token_policies", user["token_policies"], ["team-read"])
    check("users/alice policies", user["policies"], ["team-read"])
    check("users/alice token_ttl", user["token_ttl"], 0)
    check("LIST users", client.auth.userpass.list_user()["data"]["keys"], ["alice"])

    step("userpass: login adopts the token")
    anonymous = hvac.Client(url=url)
    response = anonymous.auth.userpass.login(username="alice", password="alice-hvac-password")
    check_login(response, "userpass login", ["default", "team-read"], "alice")
    check("hvac adopted the login token", anonymous.token, response["auth"]["client_token"])
    check_token(url, response["auth"]["client_token"], "userpass-alice", "auth/userpass/login/alice")

    step("userpass: refusals")
    expect_error(lambda: anonymous.auth.userpass.login(username="alice", password="wrong"), exceptions.InvalidRequest, "invalid username or password")
    expect_error(lambda: anonymous.auth.userpass.login(username="mallory", password="wrong"), exceptions.InvalidRequest, "invalid username or password")


def ldap(client, url):
    env = os.environ
    step("ldap: enable, configure with hvac's helper, map a group")
    client.sys.enable_auth_method(method_type="ldap")
    client.auth.ldap.configure(
        url=env["PLATFORM_TEST_LDAP_URL"],
        bind_dn=env["PLATFORM_TEST_LDAP_BINDDN"],
        bind_pass=env["PLATFORM_TEST_LDAP_BINDPASS"],
        user_dn=env["PLATFORM_TEST_LDAP_USERDN"],
        user_attr="uid",
        group_dn=env["PLATFORM_TEST_LDAP_GROUPDN"],
        group_attr="cn",
    )
    config = client.auth.ldap.read_configuration()["data"]
    check("config url", config["url"], env["PLATFORM_TEST_LDAP_URL"])
    check("config binddn", config["binddn"], env["PLATFORM_TEST_LDAP_BINDDN"])
    check("config hides bindpass", "bindpass" in config, False)
    check("config deny_null_bind", config["deny_null_bind"], True)
    client.auth.ldap.create_or_update_group(name="devs", policies=["team-read"])
    check("groups/devs policies", client.auth.ldap.read_group(name="devs")["data"]["policies"], ["team-read"])
    check("LIST groups", client.auth.ldap.list_groups()["data"]["keys"], ["devs"])

    step("ldap: alice (member of devs) logs in")
    anonymous = hvac.Client(url=url)
    response = anonymous.auth.ldap.login(username="alice", password=env["PLATFORM_TEST_LDAP_ALICE_PASSWORD"])
    check_login(response, "ldap login", ["default", "team-read"], "alice")
    check_token(url, response["auth"]["client_token"], "ldap-alice", "auth/ldap/login/alice")

    step("ldap: bob (not in a mapped group) gets only default")
    bob = hvac.Client(url=url).auth.ldap.login(username="bob", password=env["PLATFORM_TEST_LDAP_BOB_PASSWORD"])
    check("bob's policies", bob["auth"]["policies"], ["default"])

    step("ldap: refusals")
    bind_failed = "ldap operation failed: failed to bind as user"
    expect_error(lambda: anonymous.auth.ldap.login(username="alice", password="wrong"), exceptions.InvalidRequest, bind_failed)
    expect_error(lambda: anonymous.auth.ldap.login(username="nobody", password="wrong"), exceptions.InvalidRequest, bind_failed)
    expect_error(lambda: anonymous.auth.ldap.login(username="alice", password=""), exceptions.InvalidRequest,
                 "password cannot be of zero length when passwordless binds are being denied")
    expect_error(lambda: anonymous.auth.ldap.login(username="*)(uid=*", password=env["PLATFORM_TEST_LDAP_ALICE_PASSWORD"]),
                 exceptions.InvalidRequest, bind_failed)


def main():
    url = os.environ.get("VAULT_ADDR")
    if not url or not os.environ.get("PLATFORM_TEST_LDAP_URL"):
        print("VAULT_ADDR (a fresh platform server) and the PLATFORM_TEST_LDAP_* variables of test.sh's slapd must be set.", file=sys.stderr)
        return 2
    client = hvac.Client(url=url)

    def body():
        step("init and unseal")
        init = client.sys.initialize(secret_shares=1, secret_threshold=1)
        client.sys.submit_unseal_key(key=init["keys"][0])
        client.token = init["root_token"]
        client.sys.create_or_update_policy(name="team-read", policy=TEAM_READ)
        userpass(client, url)
        ldap(client, url)

    return run(body, "hvac: every auth step matched Vault's answers")


if __name__ == "__main__":
    sys.exit(main())
