#!/usr/bin/env python3
"""hvac 0.11 stores secrets in KV v1 and KV v2 on a live, uninitialised `platform server`.

Usage: VAULT_ADDR=http://127.0.0.1:PORT python3 vault_kv.py

Walks what hvac users write, through hvac's own helpers (client.sys.enable_secrets_engine, client.secrets.kv.v1,
client.secrets.kv.v2): init (5 shares, threshold 3) and unseal, enable KV v1 and KV v2 mounts, KV v1 write (hvac's
read-then-POST/PUT), read, list with folders, delete; KV v2 versions 1..3, read latest and by version, CAS success
and conflict, hvac's patch (a read then a CAS write in 0.11), soft delete, delete/undelete versions, destroy,
metadata read/update, max_versions pruning, list, delete metadata and all versions, engine config; and a token
whose policy reads secret/data/team/* only. Every value is compared with what Vault 1.x returns; the first mismatch
ends the run with exit code 1 naming the step, the field, the expected and the actual value.
"""
import json
import os
import re
import sys

import hvac
from hvac import exceptions

from script_checks import Mismatch, check, run, step

# Vault renders KV times with Go's RFC3339Nano in UTC: trailing zeros of the fraction dropped, "Z" suffix.
TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$")
KV_V1_REFRESH = 768 * 3600  # a KV v1 read reports the mount's default TTL as its refresh interval, with no lease
TEAM_READ = 'path "secret/data/team/*" {\n  capabilities = ["read"]\n}\n'


def check_true(field, condition, actual):
    if not condition:
        raise Mismatch(f"{field}: unexpected value {actual!r}")


def check_time(field, value):
    check_true(f"{field} (RFC3339Nano UTC)", isinstance(value, str) and TIME.match(value), value)


def check_no_content(response, what):
    """Writes Vault answers without a body: hvac hands back the requests.Response."""
    check(f"{what}: status code", getattr(response, "status_code", response), 204)


def check_envelope(response, what, lease_duration=0):
    """Vault's envelope around KV data: no lease id, not renewable, no wrap, no auth."""
    for key in ("request_id", "lease_id", "renewable", "lease_duration", "data", "wrap_info", "warnings", "auth"):
        check_true(f"{what}: key {key!r} in the envelope", key in response, sorted(response))
    check(f"{what}.lease_id", response["lease_id"], "")
    check(f"{what}.renewable", response["renewable"], False)
    check(f"{what}.lease_duration", response["lease_duration"], lease_duration)
    check(f"{what}.wrap_info", response["wrap_info"], None)
    check(f"{what}.auth", response["auth"], None)


def expect_error(call, exception_type, status, message=None):
    """The call must fail with the status; message None means Vault's bare `{"errors":[]}`."""
    try:
        call()
    except exception_type as error:
        if message is None:
            check(f"errors of the bare {status} answer", error.errors, [])
        else:
            check(f"error text of the {status} answer", (error.errors or [None])[0], message)
        return error
    except exceptions.VaultError as error:
        raise Mismatch(f"expected HTTP {status} ({exception_type.__name__}), got {type(error).__name__}: {error}")
    raise Mismatch(f"expected HTTP {status} ({exception_type.__name__}), the call succeeded")


def expect_version_404(call, what, version, destroyed, deleted):
    """A deleted or destroyed version: 404 whose body still carries data null and the version's metadata."""
    try:
        call()
    except exceptions.InvalidPath as error:
        check(f"{what}: errors (the 404 carries data, not errors)", error.errors, None)
        body = json.loads(error.args[0])
        check(f"{what}: data.data", body["data"]["data"], None)
        metadata = body["data"]["metadata"]
        check(f"{what}: metadata keys", sorted(metadata), ["created_time", "custom_metadata", "deletion_time", "destroyed", "version"])
        check(f"{what}: metadata.version", metadata["version"], version)
        check(f"{what}: metadata.destroyed", metadata["destroyed"], destroyed)
        if deleted:
            check_time(f"{what}: metadata.deletion_time", metadata["deletion_time"])
        else:
            check(f"{what}: metadata.deletion_time", metadata["deletion_time"], "")
        return metadata
    except exceptions.VaultError as error:
        raise Mismatch(f"{what}: expected HTTP 404 (InvalidPath), got {type(error).__name__}: {error}")
    raise Mismatch(f"{what}: expected HTTP 404 (InvalidPath), the call succeeded")


def check_version_metadata(metadata, what, version):
    check(f"{what} keys", sorted(metadata), ["created_time", "custom_metadata", "deletion_time", "destroyed", "version"])
    check(f"{what}.version", metadata["version"], version)
    check_time(f"{what}.created_time", metadata["created_time"])
    check(f"{what}.deletion_time", metadata["deletion_time"], "")
    check(f"{what}.destroyed", metadata["destroyed"], False)
    check(f"{what}.custom_metadata", metadata["custom_metadata"], None)


def init_and_unseal(client):
    step("init (5 shares, threshold 3) and unseal")
    init = client.sys.initialize(secret_shares=5, secret_threshold=3)
    status = client.sys.submit_unseal_keys([init["keys"][1], init["keys_base64"][3], init["keys"][4]])
    check("sealed after 3 of 5 shares", status["sealed"], False)
    client.token = init["root_token"]


def mounts(client):
    step("enable KV v1 at kv1/ and KV v2 at secret/ with hvac's enable_secrets_engine")
    check_no_content(client.sys.enable_secrets_engine(backend_type="kv", path="kv1", description="flat", options={"version": "1"}), "enable kv1")
    check_no_content(client.sys.enable_secrets_engine(backend_type="kv", path="secret", options={"version": "2"}), "enable secret")
    listed = client.sys.list_mounted_secrets_engines()["data"]
    check("kv1/ type", listed["kv1/"]["type"], "kv")
    check("kv1/ description", listed["kv1/"]["description"], "flat")
    check("kv1/ options", listed["kv1/"]["options"], {"version": "1"})
    check("secret/ type", listed["secret/"]["type"], "kv")
    check("secret/ options", listed["secret/"]["options"], {"version": "2"})
    check("retrieve_mount_option secret version", client.sys.retrieve_mount_option("secret", "version"), "2")
    expect_error(lambda: client.sys.enable_secrets_engine(backend_type="kv", path="secret", options={"version": "2"}),
                 exceptions.InvalidRequest, 400, "path is already in use at secret/")


def kv_v1(client):
    kv = client.secrets.kv.v1
    step("KV v1: create_or_update_secret (hvac reads first, then POST for a new key and PUT for an existing one)")
    check_no_content(kv.create_or_update_secret(path="app/db", secret={"user": "app", "password": "s3cr3t"}, mount_point="kv1"), "v1 create app/db")
    check_no_content(kv.create_or_update_secret(path="app/db", secret={"user": "app", "password": "rotated"}, mount_point="kv1"), "v1 update app/db")
    check_no_content(kv.create_or_update_secret(path="app/api", secret={"key": "k1"}, method="PUT", mount_point="kv1"), "v1 PUT app/api")
    check_no_content(kv.create_or_update_secret(path="top", secret={"n": 1, "nested": {"a": [1, 2]}}, method="POST", mount_point="kv1"), "v1 POST top")

    step("KV v1: read_secret")
    read = kv.read_secret(path="app/db", mount_point="kv1")
    check_envelope(read, "v1 read app/db", lease_duration=KV_V1_REFRESH)
    check("v1 read app/db data", read["data"], {"user": "app", "password": "rotated"})
    check("v1 read top data (JSON types kept)", kv.read_secret(path="top", mount_point="kv1")["data"], {"n": 1, "nested": {"a": [1, 2]}})
    expect_error(lambda: kv.read_secret(path="missing", mount_point="kv1"), exceptions.InvalidPath, 404)

    step("KV v1: list_secrets (folders end in /)")
    check("v1 LIST kv1/", kv.list_secrets(path="", mount_point="kv1")["data"]["keys"], ["app/", "top"])
    listed = kv.list_secrets(path="app", mount_point="kv1")
    check_envelope(listed, "v1 LIST kv1/app")
    check("v1 LIST kv1/app", listed["data"]["keys"], ["api", "db"])
    expect_error(lambda: kv.list_secrets(path="nothing-here", mount_point="kv1"), exceptions.InvalidPath, 404)

    step("KV v1: delete_secret")
    check_no_content(kv.delete_secret(path="app/db", mount_point="kv1"), "v1 delete app/db")
    expect_error(lambda: kv.read_secret(path="app/db", mount_point="kv1"), exceptions.InvalidPath, 404)
    check("v1 LIST kv1/app after delete", kv.list_secrets(path="app", mount_point="kv1")["data"]["keys"], ["api"])


def kv_v2_versions(client):
    kv = client.secrets.kv.v2
    step("KV v2: create_or_update_secret makes versions 1, 2, 3 (3 with cas=2)")
    created = {}
    for version, secret, cas in ((1, {"v": "one"}, None), (2, {"v": "two", "n": 2}, None), (3, {"v": "three"}, 2)):
        response = kv.create_or_update_secret(path="app/config", secret=secret, cas=cas)
        check_envelope(response, f"write version {version}")
        check_version_metadata(response["data"], f"write version {version}", version)
        created[version] = response["data"]["created_time"]
    check_true("created_time grows with the version", created[1] <= created[2] <= created[3], created)

    step("KV v2: read latest and ?version=")
    latest = kv.read_secret_version(path="app/config")
    check_envelope(latest, "read latest")
    check("read latest data keys", sorted(latest["data"]), ["data", "metadata"])
    check("read latest data", latest["data"]["data"], {"v": "three"})
    check_version_metadata(latest["data"]["metadata"], "read latest metadata", 3)
    check("read latest created_time", latest["data"]["metadata"]["created_time"], created[3])
    first = kv.read_secret_version(path="app/config", version=1)
    check("read version 1 data", first["data"]["data"], {"v": "one"})
    check("read version 1 created_time", first["data"]["metadata"]["created_time"], created[1])
    check("read_secret (latest) data", kv.read_secret(path="app/config")["data"]["data"], {"v": "three"})
    expect_error(lambda: kv.read_secret_version(path="app/config", version=9), exceptions.InvalidPath, 404)
    expect_error(lambda: kv.read_secret_version(path="never-written"), exceptions.InvalidPath, 404)

    step("KV v2: check-and-set")
    cas_mismatch = "check-and-set parameter did not match the current version"
    expect_error(lambda: kv.create_or_update_secret(path="app/config", secret={"v": "stale"}, cas=1), exceptions.InvalidRequest, 400, cas_mismatch)
    expect_error(lambda: kv.create_or_update_secret(path="app/config", secret={"v": "exists"}, cas=0), exceptions.InvalidRequest, 400, cas_mismatch)
    check("latest unchanged after CAS conflicts", kv.read_secret_version(path="app/config")["data"]["metadata"]["version"], 3)
    fresh = kv.create_or_update_secret(path="app/fresh", secret={"only": "if new"}, cas=0)
    check("cas=0 on a new key writes version 1", fresh["data"]["version"], 1)

    step("KV v2: hvac's patch (0.11 reads the latest, merges, writes with cas=its version)")
    patched = kv.patch(path="app/config", secret={"added": "yes"})
    check_envelope(patched, "patch")
    check_version_metadata(patched["data"], "patch", 4)
    check("data after patch", kv.read_secret_version(path="app/config")["data"]["data"], {"v": "three", "added": "yes"})
    try:
        kv.patch(path="never-written", secret={"a": "b"})
        raise Mismatch("patch of a missing key succeeded")
    except exceptions.InvalidPath as error:
        check("patch of a missing key", str(error.args[0]), 'No value found at "never-written"; patch only works on existing data.')
    return created


def kv_v2_deletion(client, created):
    kv = client.secrets.kv.v2
    step("KV v2: soft delete of the latest version, then undelete")
    check_no_content(kv.delete_latest_version_of_secret(path="app/config"), "delete latest")
    deleted = expect_version_404(lambda: kv.read_secret_version(path="app/config"), "read latest after delete", 4, destroyed=False, deleted=True)
    check("read version 3 after deleting 4", kv.read_secret_version(path="app/config", version=3)["data"]["data"], {"v": "three"})
    metadata = kv.read_secret_metadata(path="app/config")["data"]
    check("metadata versions[4].deletion_time", metadata["versions"]["4"]["deletion_time"], deleted["deletion_time"])
    check_no_content(kv.undelete_secret_versions(path="app/config", versions=[4]), "undelete 4")
    restored = kv.read_secret_version(path="app/config")
    check("undeleted latest data", restored["data"]["data"], {"v": "three", "added": "yes"})
    check("undeleted latest deletion_time", restored["data"]["metadata"]["deletion_time"], "")

    step("KV v2: delete_secret_versions [1, 2], undelete [1]")
    check_no_content(kv.delete_secret_versions(path="app/config", versions=[1, 2]), "delete versions 1, 2")
    expect_version_404(lambda: kv.read_secret_version(path="app/config", version=1), "read version 1 after delete", 1, destroyed=False, deleted=True)
    expect_version_404(lambda: kv.read_secret_version(path="app/config", version=2), "read version 2 after delete", 2, destroyed=False, deleted=True)
    check_no_content(kv.undelete_secret_versions(path="app/config", versions=[1]), "undelete 1")
    check("version 1 after undelete", kv.read_secret_version(path="app/config", version=1)["data"]["data"], {"v": "one"})

    step("KV v2: destroy_secret_versions [3]")
    check_no_content(kv.destroy_secret_versions(path="app/config", versions=[3]), "destroy 3")
    expect_version_404(lambda: kv.read_secret_version(path="app/config", version=3), "read version 3 after destroy", 3, destroyed=True, deleted=False)
    check_no_content(kv.undelete_secret_versions(path="app/config", versions=[3]), "undelete of a destroyed version")
    expect_version_404(lambda: kv.read_secret_version(path="app/config", version=3), "destroyed stays destroyed after undelete", 3, destroyed=True, deleted=False)

    step("KV v2: read_secret_metadata")
    response = kv.read_secret_metadata(path="app/config")
    check_envelope(response, "read metadata")
    metadata = response["data"]
    check("metadata keys", sorted(metadata), ["cas_required", "created_time", "current_version", "custom_metadata",
                                              "delete_version_after", "max_versions", "oldest_version", "updated_time", "versions"])
    check("metadata.cas_required", metadata["cas_required"], False)
    check("metadata.created_time (version 1's)", metadata["created_time"], created[1])
    check_time("metadata.updated_time", metadata["updated_time"])
    check("metadata.current_version", metadata["current_version"], 4)
    check("metadata.custom_metadata", metadata["custom_metadata"], None)
    check("metadata.delete_version_after", metadata["delete_version_after"], "0s")
    check("metadata.max_versions", metadata["max_versions"], 0)
    check("metadata.oldest_version", metadata["oldest_version"], 0)
    check("metadata.versions keys (strings)", sorted(metadata["versions"]), ["1", "2", "3", "4"])
    for number, entry in metadata["versions"].items():
        check(f"versions[{number}] keys", sorted(entry), ["created_time", "deletion_time", "destroyed"])
    check("versions[1].created_time", metadata["versions"]["1"]["created_time"], created[1])
    check("versions[1] undeleted", metadata["versions"]["1"]["deletion_time"], "")
    check_time("versions[2].deletion_time", metadata["versions"]["2"]["deletion_time"])
    check("versions[3].destroyed", metadata["versions"]["3"]["destroyed"], True)
    check("versions[3].deletion_time", metadata["versions"]["3"]["deletion_time"], "")
    check("versions[4].destroyed", metadata["versions"]["4"]["destroyed"], False)


def kv_v2_metadata(client):
    kv = client.secrets.kv.v2
    step("KV v2: update_metadata (max_versions, cas_required) and its enforcement")
    check_no_content(kv.update_metadata(path="app/config", max_versions=5, cas_required=True), "update metadata")
    metadata = kv.read_secret_metadata(path="app/config")["data"]
    check("updated max_versions", metadata["max_versions"], 5)
    check("updated cas_required", metadata["cas_required"], True)
    check("updated delete_version_after", metadata["delete_version_after"], "0s")
    expect_error(lambda: kv.create_or_update_secret(path="app/config", secret={"v": "no cas"}), exceptions.InvalidRequest, 400,
                 "check-and-set parameter required for this call")
    check("write with cas=4 under cas_required", kv.create_or_update_secret(path="app/config", secret={"v": "five"}, cas=4)["data"]["version"], 5)

    step("KV v2: max_versions prunes the oldest versions")
    kv.create_or_update_secret(path="app/pruned", secret={"n": "1"})
    check_no_content(kv.update_metadata(path="app/pruned", max_versions=2), "max_versions=2")
    kv.create_or_update_secret(path="app/pruned", secret={"n": "2"})
    kv.create_or_update_secret(path="app/pruned", secret={"n": "3"})
    pruned = kv.read_secret_metadata(path="app/pruned")["data"]
    check("pruned versions", sorted(pruned["versions"]), ["2", "3"])
    check("pruned oldest_version", pruned["oldest_version"], 2)
    check("pruned current_version", pruned["current_version"], 3)
    expect_error(lambda: kv.read_secret_version(path="app/pruned", version=1), exceptions.InvalidPath, 404)

    step("KV v2: list_secrets on metadata/")
    check("LIST secret/metadata/", kv.list_secrets(path="")["data"]["keys"], ["app/"])
    listed = kv.list_secrets(path="app")
    check_envelope(listed, "LIST secret/metadata/app")
    check("LIST secret/metadata/app", listed["data"]["keys"], ["config", "fresh", "pruned"])
    expect_error(lambda: kv.list_secrets(path="nothing-here"), exceptions.InvalidPath, 404)

    step("KV v2: delete_metadata_and_all_versions")
    check_no_content(kv.delete_metadata_and_all_versions(path="app/fresh"), "delete metadata")
    expect_error(lambda: kv.read_secret_version(path="app/fresh"), exceptions.InvalidPath, 404)
    expect_error(lambda: kv.read_secret_metadata(path="app/fresh"), exceptions.InvalidPath, 404)
    check("LIST after delete metadata", kv.list_secrets(path="app")["data"]["keys"], ["config", "pruned"])

    step("KV v2: engine config")
    config = kv.read_configuration()
    check_envelope(config, "read config")
    check("default config", config["data"], {"cas_required": False, "delete_version_after": "0s", "max_versions": 0})
    check_no_content(kv.configure(max_versions=7, cas_required=False, delete_version_after="0s"), "configure")
    check("config after configure", kv.read_configuration()["data"], {"cas_required": False, "delete_version_after": "0s", "max_versions": 7})


def team_reader(client, url):
    step("policy-limited token: read on secret/data/team/* only")
    client.sys.create_or_update_policy(name="team-read", policy=TEAM_READ)
    client.secrets.kv.v2.create_or_update_secret(path="team/app", secret={"owner": "team"})
    created = client.auth.token.create(policies=["team-read"], ttl="1h")
    reader = hvac.Client(url=url, token=created["auth"]["client_token"])
    kv = reader.secrets.kv.v2
    check("team reader reads secret/data/team/app", kv.read_secret_version(path="team/app")["data"]["data"], {"owner": "team"})
    denied = "permission denied"
    expect_error(lambda: kv.read_secret_version(path="app/config"), exceptions.Forbidden, 403, denied)
    expect_error(lambda: kv.create_or_update_secret(path="team/app", secret={"owner": "me"}), exceptions.Forbidden, 403, denied)
    expect_error(lambda: kv.create_or_update_secret(path="team/new", secret={"owner": "me"}), exceptions.Forbidden, 403, denied)
    expect_error(lambda: kv.list_secrets(path="team"), exceptions.Forbidden, 403, denied)
    expect_error(lambda: kv.read_secret_metadata(path="team/app"), exceptions.Forbidden, 403, denied)
    expect_error(lambda: kv.delete_latest_version_of_secret(path="team/app"), exceptions.Forbidden, 403, denied)
    expect_error(lambda: reader.secrets.kv.v1.read_secret(path="app/api", mount_point="kv1"), exceptions.Forbidden, 403, denied)
    check("team secret untouched", client.secrets.kv.v2.read_secret_version(path="team/app")["data"]["data"], {"owner": "team"})


def main():
    url = os.environ.get("VAULT_ADDR")
    if not url:
        print("VAULT_ADDR must point at a fresh, uninitialised platform server.", file=sys.stderr)
        return 2
    client = hvac.Client(url=url)

    def body():
        init_and_unseal(client)
        mounts(client)
        kv_v1(client)
        created = kv_v2_versions(client)
        kv_v2_deletion(client, created)
        kv_v2_metadata(client)
        team_reader(client, url)

    return run(body, "hvac: every KV step matched Vault's answers")


if __name__ == "__main__":
    sys.exit(main())
