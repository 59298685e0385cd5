#!/usr/bin/env node
// node-vault 0.12 stores secrets in KV v1 and KV v2 on a live, uninitialised `platform server`.
//
// Usage: VAULT_ADDR=http://127.0.0.1:PORT node vault_kv.js   (from this folder, after `npm ci`)
//
// node-vault has no KV helpers except destroySecretVersions, so this is what its users write (and what Vault's docs
// tell them): `mount` for the engines, then the generic read/write/list/delete on KV v1 paths and on KV v2's
// secret/data/…, secret/metadata/…, secret/delete/…, secret/undelete/…, secret/config, and `update` (HTTP PATCH with
// application/merge-patch+json) for KV v2 patch. Covers versions, ?version=, CAS success and conflict, patch, soft
// delete, delete/undelete versions, destroy, metadata with custom_metadata, max_versions pruning, list, delete of the
// metadata, engine config, and a token that may only read secret/data/team/*. Every value Vault 1.x would return is
// compared; the first mismatch ends the run with exit code 1 naming the step, the field, expected and actual.
'use strict';

const nodeVault = require('node-vault');

class Mismatch extends Error {}

let stepName = 'start';

// Vault renders KV times with Go's RFC3339Nano in UTC: trailing zeros of the fraction dropped, "Z" suffix.
const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/;
const KV_V1_REFRESH = 768 * 3600;
const TEAM_READ = 'path "secret/data/team/*" {\n  capabilities = ["read"]\n}\n';
const VERSION_KEYS = ['created_time', 'custom_metadata', 'deletion_time', 'destroyed', 'version'];

function step(name) {
    stepName = name;
    console.log(`-- ${name}`);
}

// JSON with object keys sorted, so a comparison does not depend on the order the server writes keys in.
function canonical(value) {
    return JSON.stringify(value, (_, v) => (v && typeof v === 'object' && !Array.isArray(v)
        ? Object.keys(v).sort().reduce((sorted, key) => { sorted[key] = v[key]; return sorted; }, {})
        : v));
}

function check(field, actual, expected) {
    if (canonical(actual) !== canonical(expected)) {
        throw new Mismatch(`${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
}

function checkTrue(field, condition, actual) {
    if (!condition) {
        throw new Mismatch(`${field}: unexpected value ${JSON.stringify(actual)}`);
    }
}

function checkTime(field, value) {
    checkTrue(`${field} (RFC3339Nano UTC)`, typeof value === 'string' && TIME.test(value), value);
}

// A write Vault answers with 204: node-vault resolves with the empty body.
async function noContent(promise, what) {
    const body = await promise;
    checkTrue(`${what}: empty 204 body`, body === '' || body === undefined, body);
}

// message undefined: Vault's bare {"errors":[]}, which node-vault reports as "Status N".
async function expectError(promise, status, message) {
    try {
        await promise;
    } catch (error) {
        if (!error.response) {
            throw new Mismatch(`expected HTTP ${status}, got a client error: ${error.message}`);
        }
        check('status code of the refused call', error.response.statusCode, status);
        check(`error text of the ${status} answer`, error.message, message === undefined ? `Status ${status}` : message);
        return error;
    }
    throw new Mismatch(`expected HTTP ${status}, the call succeeded`);
}

function checkEnvelope(response, what, leaseDuration = 0) {
    for (const key of ['request_id', 'lease_id', 'renewable', 'lease_duration', 'data', 'wrap_info', 'warnings', 'auth']) {
        checkTrue(`${what}: key '${key}' in the envelope`, key in response, Object.keys(response));
    }
    check(`${what}.lease_id`, response.lease_id, '');
    check(`${what}.renewable`, response.renewable, false);
    check(`${what}.lease_duration`, response.lease_duration, leaseDuration);
    check(`${what}.wrap_info`, response.wrap_info, null);
    check(`${what}.auth`, response.auth, null);
}

function checkVersionMetadata(metadata, what, version, customMetadata = null) {
    check(`${what} keys`, Object.keys(metadata).sort(), VERSION_KEYS);
    check(`${what}.version`, metadata.version, version);
    checkTime(`${what}.created_time`, metadata.created_time);
    check(`${what}.deletion_time`, metadata.deletion_time, '');
    check(`${what}.destroyed`, metadata.destroyed, false);
    check(`${what}.custom_metadata`, metadata.custom_metadata, customMetadata);
}

// A deleted or destroyed version: 404 whose body still carries data null and the version's metadata.
async function expectVersion404(promise, what, version, destroyed, deleted) {
    const error = await expectError(promise, 404);
    const body = error.response.body;
    check(`${what}: data.data`, body.data.data, null);
    const metadata = body.data.metadata;
    check(`${what}: metadata keys`, Object.keys(metadata).sort(), VERSION_KEYS);
    check(`${what}: metadata.version`, metadata.version, version);
    check(`${what}: metadata.destroyed`, metadata.destroyed, destroyed);
    if (deleted) {
        checkTime(`${what}: metadata.deletion_time`, metadata.deletion_time);
    } else {
        check(`${what}: metadata.deletion_time`, metadata.deletion_time, '');
    }
    return metadata;
}

async function initAndUnseal(vault) {
    step('init (5 shares, threshold 3) and unseal');
    const init = await vault.init({ secret_shares: 5, secret_threshold: 3 });
    await vault.unseal({ key: init.keys[0] });
    await vault.unseal({ key: init.keys_base64[2] });
    const status = await vault.unseal({ key: init.keys[4] });
    check('sealed after 3 of 5 shares', status.sealed, false);
    vault.token = init.root_token;
    return init.root_token;
}

async function mounts(vault) {
    step('enable KV v1 at kv1/ and KV v2 at secret/ with node-vault\'s mount');
    await noContent(vault.mount({ mount_point: 'kv1', type: 'kv', description: 'flat', options: { version: '1' } }), 'mount kv1');
    await noContent(vault.mount({ mount_point: 'secret', type: 'kv', options: { version: '2' } }), 'mount secret');
    const listed = (await vault.mounts()).data;
    check('kv1/ type', listed['kv1/'].type, 'kv');
    check('kv1/ description', listed['kv1/'].description, 'flat');
    check('kv1/ options', listed['kv1/'].options, { version: '1' });
    check('secret/ options', listed['secret/'].options, { version: '2' });
    await expectError(vault.mount({ mount_point: 'secret', type: 'kv', options: { version: '2' } }), 400, 'path is already in use at secret/');
}

async function kvV1(vault) {
    step('KV v1: write, read, list, delete');
    await noContent(vault.write('kv1/app/db', { user: 'app', password: 's3cr3t' }), 'v1 write app/db');
    await noContent(vault.write('kv1/app/db', { user: 'app', password: 'rotated' }), 'v1 overwrite app/db');
    await noContent(vault.write('kv1/app/api', { key: 'k1' }), 'v1 write app/api');
    await noContent(vault.write('kv1/top', { n: 1, nested: { a: [1, 2] } }), 'v1 write top');
    const read = await vault.read('kv1/app/db');
    checkEnvelope(read, 'v1 read app/db', KV_V1_REFRESH);
    check('v1 read app/db data', read.data, { user: 'app', password: 'rotated' });
    check('v1 read top (JSON types kept)', (await vault.read('kv1/top')).data, { n: 1, nested: { a: [1, 2] } });
    await expectError(vault.read('kv1/missing'), 404);
    check('v1 LIST kv1/', (await vault.list('kv1/')).data.keys, ['app/', 'top']);
    const listed = await vault.list('kv1/app');
    checkEnvelope(listed, 'v1 LIST kv1/app');
    check('v1 LIST kv1/app', listed.data.keys, ['api', 'db']);
    await expectError(vault.list('kv1/nothing-here/'), 404);
    await noContent(vault.delete('kv1/app/db'), 'v1 delete app/db');
    await expectError(vault.read('kv1/app/db'), 404);
    check('v1 LIST kv1/app/ after delete', (await vault.list('kv1/app/')).data.keys, ['api']);
}

async function kvV2Versions(vault) {
    step('KV v2: writes make versions 1, 2, 3 (3 with options.cas=2)');
    const created = {};
    const writes = [[1, { v: 'one' }, undefined], [2, { v: 'two', n: 2 }, undefined], [3, { v: 'three' }, 2]];
    for (const [version, data, cas] of writes) {
        const body = cas === undefined ? { data } : { options: { cas }, data };
        const response = await vault.write('secret/data/app/config', body);
        checkEnvelope(response, `write version ${version}`);
        checkVersionMetadata(response.data, `write version ${version}`, version);
        created[version] = response.data.created_time;
    }

    step('KV v2: read latest and ?version=');
    const latest = await vault.read('secret/data/app/config');
    checkEnvelope(latest, 'read latest');
    check('read latest data', latest.data.data, { v: 'three' });
    checkVersionMetadata(latest.data.metadata, 'read latest metadata', 3);
    check('read latest created_time', latest.data.metadata.created_time, created[3]);
    const first = await vault.read('secret/data/app/config?version=1');
    check('read version 1 data', first.data.data, { v: 'one' });
    check('read version 1 created_time', first.data.metadata.created_time, created[1]);
    await expectError(vault.read('secret/data/app/config?version=9'), 404);
    await expectError(vault.read('secret/data/never-written'), 404);

    step('KV v2: check-and-set');
    const casMismatch = 'check-and-set parameter did not match the current version';
    await expectError(vault.write('secret/data/app/config', { options: { cas: 1 }, data: { v: 'stale' } }), 400, casMismatch);
    await expectError(vault.write('secret/data/app/config', { options: { cas: 0 }, data: { v: 'exists' } }), 400, casMismatch);
    check('latest unchanged after CAS conflicts', (await vault.read('secret/data/app/config')).data.metadata.version, 3);
    check('cas=0 on a new key writes version 1',
        (await vault.write('secret/data/app/fresh', { options: { cas: 0 }, data: { only: 'if new' } })).data.version, 1);

    step('KV v2: patch through node-vault\'s update (PATCH, application/merge-patch+json)');
    const patched = await vault.update('secret/data/app/config', { data: { added: 'yes', v: 'three' } });
    checkEnvelope(patched, 'patch');
    checkVersionMetadata(patched.data, 'patch', 4);
    check('data after patch', (await vault.read('secret/data/app/config')).data.data, { v: 'three', added: 'yes' });
    await expectError(vault.update('secret/data/app/config', { options: { cas: 2 }, data: { added: 'no' } }), 400, casMismatch);
    await expectError(vault.update('secret/data/never-written', { data: { a: 'b' } }), 404);
    return created;
}

async function kvV2Deletion(vault, created) {
    step('KV v2: soft delete of the latest version, then undelete');
    await noContent(vault.delete('secret/data/app/config'), 'delete latest');
    const deleted = await expectVersion404(vault.read('secret/data/app/config'), 'read latest after delete', 4, false, true);
    check('read version 3 after deleting 4', (await vault.read('secret/data/app/config?version=3')).data.data, { v: 'three' });
    check('metadata versions[4].deletion_time',
        (await vault.read('secret/metadata/app/config')).data.versions['4'].deletion_time, deleted.deletion_time);
    await noContent(vault.write('secret/undelete/app/config', { versions: [4] }), 'undelete 4');
    const restored = await vault.read('secret/data/app/config');
    check('undeleted latest data', restored.data.data, { v: 'three', added: 'yes' });
    check('undeleted latest deletion_time', restored.data.metadata.deletion_time, '');

    step('KV v2: delete versions "1,2" (a comma string, as Vault accepts), undelete [1]');
    await noContent(vault.write('secret/delete/app/config', { versions: '1,2' }), 'delete versions 1,2');
    await expectVersion404(vault.read('secret/data/app/config?version=1'), 'read version 1 after delete', 1, false, true);
    await expectVersion404(vault.read('secret/data/app/config?version=2'), 'read version 2 after delete', 2, false, true);
    await noContent(vault.write('secret/undelete/app/config', { versions: [1] }), 'undelete 1');
    check('version 1 after undelete', (await vault.read('secret/data/app/config?version=1')).data.data, { v: 'one' });

    step('KV v2: destroySecretVersions (node-vault\'s own helper) [3]');
    await noContent(vault.destroySecretVersions({ mount_point: 'secret', path: 'app/config', versions: [3] }), 'destroy 3');
    await expectVersion404(vault.read('secret/data/app/config?version=3'), 'read version 3 after destroy', 3, true, false);

    step('KV v2: read metadata');
    const response = await vault.read('secret/metadata/app/config');
    checkEnvelope(response, 'read metadata');
    const metadata = response.data;
    check('metadata keys', Object.keys(metadata).sort(), ['cas_required', 'created_time', 'current_version', 'custom_metadata',
        'delete_version_after', 'max_versions', 'oldest_version', 'updated_time', 'versions']);
    check('metadata.cas_required', metadata.cas_required, false);
    check('metadata.created_time (version 1\'s)', metadata.created_time, created[1]);
    checkTime('metadata.updated_time', metadata.updated_time);
    check('metadata.current_version', metadata.current_version, 4);
    check('metadata.custom_metadata', metadata.custom_metadata, null);
    check('metadata.delete_version_after', metadata.delete_version_after, '0s');
    check('metadata.max_versions', metadata.max_versions, 0);
    check('metadata.oldest_version', metadata.oldest_version, 0);
    check('metadata.versions keys (strings)', Object.keys(metadata.versions).sort(), ['1', '2', '3', '4']);
    for (const [number, entry] of Object.entries(metadata.versions)) {
        check(`versions[${number}] keys`, Object.keys(entry).sort(), ['created_time', 'deletion_time', 'destroyed']);
    }
    check('versions[1].created_time', metadata.versions['1'].created_time, created[1]);
    check('versions[1] undeleted', metadata.versions['1'].deletion_time, '');
    checkTime('versions[2].deletion_time', metadata.versions['2'].deletion_time);
    check('versions[3].destroyed', metadata.versions['3'].destroyed, true);
    check('versions[4].destroyed', metadata.versions['4'].destroyed, false);
}

async function kvV2Metadata(vault) {
    step('KV v2: write metadata (max_versions, cas_required, custom_metadata) and its enforcement');
    await noContent(vault.write('secret/metadata/app/config', { max_versions: 5, cas_required: true, custom_metadata: { owner: 'team', tier: '1' } }),
        'write metadata');
    const metadata = (await vault.read('secret/metadata/app/config')).data;
    check('written max_versions', metadata.max_versions, 5);
    check('written cas_required', metadata.cas_required, true);
    check('written custom_metadata', metadata.custom_metadata, { owner: 'team', tier: '1' });
    await expectError(vault.write('secret/data/app/config', { data: { v: 'no cas' } }), 400, 'check-and-set parameter required for this call');
    const fifth = await vault.write('secret/data/app/config', { options: { cas: 4 }, data: { v: 'five' } });
    checkVersionMetadata(fifth.data, 'write version 5 (custom_metadata echoed)', 5, { owner: 'team', tier: '1' });
    check('read carries custom_metadata', (await vault.read('secret/data/app/config')).data.metadata.custom_metadata, { owner: 'team', tier: '1' });

    step('KV v2: max_versions prunes the oldest versions');
    await vault.write('secret/data/app/pruned', { data: { n: '1' } });
    await noContent(vault.write('secret/metadata/app/pruned', { max_versions: 2 }), 'max_versions=2');
    await vault.write('secret/data/app/pruned', { data: { n: '2' } });
    await vault.write('secret/data/app/pruned', { data: { n: '3' } });
    const pruned = (await vault.read('secret/metadata/app/pruned')).data;
    check('pruned versions', Object.keys(pruned.versions).sort(), ['2', '3']);
    check('pruned oldest_version', pruned.oldest_version, 2);
    await expectError(vault.read('secret/data/app/pruned?version=1'), 404);

    step('KV v2: patch metadata through update (PATCH, merge-patch: null removes a custom_metadata key)');
    await noContent(vault.update('secret/metadata/app/config', { max_versions: 6, custom_metadata: { tier: null, env: 'prod' } }),
        'patch metadata');
    const patchedMetadata = (await vault.read('secret/metadata/app/config')).data;
    check('patched max_versions', patchedMetadata.max_versions, 6);
    check('cas_required kept by the patch', patchedMetadata.cas_required, true);
    check('patched custom_metadata', patchedMetadata.custom_metadata, { owner: 'team', env: 'prod' });
    await expectError(vault.update('secret/metadata/app/never-written', { max_versions: 1 }), 404);

    step('KV v2: subkeys (the keys of a version, values as null)');
    await vault.write('secret/data/app/shaped', { data: { user: 'u', db: { host: 'h', port: 5432 } } });
    const subkeys = await vault.read('secret/subkeys/app/shaped');
    checkEnvelope(subkeys, 'read subkeys');
    check('subkeys', subkeys.data.subkeys, { user: null, db: { host: null, port: null } });
    checkVersionMetadata(subkeys.data.metadata, 'subkeys metadata', 1);
    check('subkeys depth=1', (await vault.read('secret/subkeys/app/shaped?depth=1')).data.subkeys, { user: null, db: null });
    await expectError(vault.read('secret/subkeys/app/never-written'), 404);
    await noContent(vault.delete('secret/metadata/app/shaped'), 'delete the shaped secret');

    step('KV v2: list metadata');
    check('LIST secret/metadata/', (await vault.list('secret/metadata/')).data.keys, ['app/']);
    const listed = await vault.list('secret/metadata/app');
    checkEnvelope(listed, 'LIST secret/metadata/app');
    check('LIST secret/metadata/app', listed.data.keys, ['config', 'fresh', 'pruned']);
    await expectError(vault.list('secret/metadata/nothing-here/'), 404);

    step('KV v2: delete metadata and all versions');
    await noContent(vault.delete('secret/metadata/app/fresh'), 'delete metadata');
    await expectError(vault.read('secret/data/app/fresh'), 404);
    await expectError(vault.read('secret/metadata/app/fresh'), 404);
    check('LIST after delete metadata', (await vault.list('secret/metadata/app/')).data.keys, ['config', 'pruned']);

    step('KV v2: engine config');
    const config = await vault.read('secret/config');
    checkEnvelope(config, 'read config');
    check('default config', config.data, { cas_required: false, delete_version_after: '0s', max_versions: 0 });
    await noContent(vault.write('secret/config', { max_versions: 7, cas_required: false }), 'write config');
    check('config after write', (await vault.read('secret/config')).data, { cas_required: false, delete_version_after: '0s', max_versions: 7 });
}

async function teamReader(vault, endpoint, rootToken) {
    step('policy-limited token: read on secret/data/team/* only');
    await vault.addPolicy({ name: 'team-read', rules: TEAM_READ });
    await vault.write('secret/data/team/app', { data: { owner: 'team' } });
    // tokenCreate adopts the new token: the creating client becomes the reader.
    const reader = nodeVault({ endpoint, token: rootToken });
    await reader.tokenCreate({ policies: ['team-read'], ttl: '1h' });
    check('team reader reads secret/data/team/app', (await reader.read('secret/data/team/app')).data.data, { owner: 'team' });
    const denied = 'permission denied';
    await expectError(reader.read('secret/data/app/config'), 403, denied);
    await expectError(reader.write('secret/data/team/app', { data: { owner: 'me' } }), 403, denied);
    await expectError(reader.write('secret/data/team/new', { data: { owner: 'me' } }), 403, denied);
    await expectError(reader.update('secret/data/team/app', { data: { owner: 'me' } }), 403, denied);
    await expectError(reader.list('secret/metadata/team'), 403, denied);
    await expectError(reader.read('secret/metadata/team/app'), 403, denied);
    await expectError(reader.delete('secret/data/team/app'), 403, denied);
    await expectError(reader.read('kv1/app/api'), 403, denied);
    await expectError(reader.mounts(), 403, denied);
    check('team secret untouched', (await vault.read('secret/data/team/app')).data.data, { owner: 'team' });
}

async function main() {
    const endpoint = process.env.VAULT_ADDR;
    if (!endpoint) {
        console.error('VAULT_ADDR must point at a fresh, uninitialised platform server.');
        return 2;
    }
    const vault = nodeVault({ endpoint });
    try {
        const rootToken = await initAndUnseal(vault);
        await mounts(vault);
        await kvV1(vault);
        const created = await kvV2Versions(vault);
        await kvV2Deletion(vault, created);
        await kvV2Metadata(vault);
        await teamReader(vault, endpoint, rootToken);
    } catch (error) {
        if (error instanceof Mismatch) {
            console.error(`MISMATCH in step '${stepName}': ${error.message}`);
        } else {
            const status = error.response ? ` (HTTP ${error.response.statusCode}: ${JSON.stringify(error.response.body)})` : '';
            console.error(`UNEXPECTED ERROR in step '${stepName}': ${error.message}${status}`);
        }
        return 1;
    }
    console.log("node-vault: every KV step matched Vault's answers");
    return 0;
}

main().then((code) => { process.exitCode = code; });
