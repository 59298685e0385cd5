#!/usr/bin/env node
// node-vault 0.12 manages leases on a live, uninitialised `platform server`.
//
// Usage: VAULT_ADDR=http://127.0.0.1:PORT node vault_leases.js   (from this folder, after `npm ci`)
//
// The way node-vault users write it: renew, revoke and revokePrefix (node-vault's own lease commands), lookups through
// vault.write('sys/leases/lookup'), on the leases of tokens with a TTL (auth/token/create/<id>). Lease ids are found
// by LIST of sys/leases/lookup/auth/token/create/ (Vault's id is a salted hash of the token: clients cannot compute
// it). renew refuses a token's lease as Vault does ("tokens cannot be renewed through this endpoint",
// hashicorp/vault#7298); tokenRenew renews the token and its lease shows it. Every value Vault would return is
// compared; the first mismatch ends the run with exit code 1.
'use strict';

const nodeVault = require('node-vault');

class Mismatch extends Error {}

let stepName = 'start';

function step(name) {
    stepName = name;
    console.log(`-- ${name}`);
}

function check(field, actual, expected) {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        throw new Mismatch(`${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
}

async function expectError(promise, status, message) {
    try {
        await promise;
    } catch (error) {
        if (!error.response) {
            throw new Mismatch(`expected HTTP ${status}, got a client error: ${error.message}`);
        }
        check('status code of the refused call', error.response.statusCode, status);
        check(`error text of the ${status} answer`, error.message, message);
        return;
    }
    throw new Mismatch(`expected HTTP ${status}, the call succeeded`);
}

// The one lease under a directory of lease ids, found the way a Vault user finds it: LIST.
async function onlyLease(client, path) {
    const keys = (await client.list(`sys/leases/lookup/${path}/`)).data.keys;
    check(`leases under ${path}/`, keys.length, 1);
    return `${path}/${keys[0]}`;
}

async function newToken(root, ttl) {
    // vault.write does not adopt the new token (tokenCreate would).
    return (await root.write('auth/token/create', { policies: ['default'], ttl })).auth.client_token;
}

async function main() {
    const endpoint = process.env.VAULT_ADDR;
    if (!endpoint) {
        console.error('VAULT_ADDR (a fresh platform server) must be set.');
        return 2;
    }
    const root = nodeVault({ endpoint });
    try {
        step('init and unseal');
        const init = await root.init({ secret_shares: 1, secret_threshold: 1 });
        await root.unseal({ key: init.keys[0] });
        root.token = init.root_token;

        step('lookup of a token lease, its id found by LIST');
        const token = await newToken(root, '1h');
        const leaseId = await onlyLease(root, 'auth/token/create');
        const lease = (await root.write('sys/leases/lookup', { lease_id: leaseId })).data;
        check('id', lease.id, leaseId);
        check('renewable', lease.renewable, true);
        check('last_renewal', lease.last_renewal, null);
        check('ttl within the hour', lease.ttl >= 3590 && lease.ttl <= 3600, true);
        await expectError(root.write('sys/leases/lookup', { lease_id: 'auth/token/create/unknown' }), 400, 'invalid lease');

        step("renew refuses a token's lease, as Vault does");
        await expectError(root.renew({ lease_id: leaseId, increment: 7200 }), 400, 'tokens cannot be renewed through this endpoint');
        await expectError(root.renew({ lease_id: 'auth/token/create/unknown' }), 400, 'lease not found');
        const unchanged = (await root.write('sys/leases/lookup', { lease_id: leaseId })).data;
        check('ttl after the refused renew', unchanged.ttl >= 3590 && unchanged.ttl <= 3600, true);
        check('last_renewal after the refused renew', unchanged.last_renewal, null);

        step('tokenRenew renews the token, and its lease shows it');
        // tokenRenew adopts the renewed token as the client's own, so it runs on a client of its own.
        const renewed = (await nodeVault({ endpoint, token: init.root_token }).tokenRenew({ token, increment: 7200 })).auth;
        check('lease_duration', renewed.lease_duration, 7200);
        check('renewable', renewed.renewable, true);
        const after = (await root.write('sys/leases/lookup', { lease_id: leaseId })).data;
        check('lease ttl after renew', after.ttl >= 7190 && after.ttl <= 7200, true);
        check('last_renewal set', after.last_renewal !== null, true);

        step('revoke revokes the token');
        await root.revoke({ lease_id: leaseId });
        await expectError(nodeVault({ endpoint, token }).tokenLookupSelf(), 403, 'permission denied');
        await expectError(root.write('sys/leases/lookup', { lease_id: leaseId }), 400, 'invalid lease');

        step('revokePrefix revokes every token lease under it');
        const first = await newToken(root, '1h');
        const second = await newToken(root, '2h');
        await root.revokePrefix({ path_prefix: 'auth' });
        await expectError(nodeVault({ endpoint, token: first }).tokenLookupSelf(), 403, 'permission denied');
        await expectError(nodeVault({ endpoint, token: second }).tokenLookupSelf(), 403, 'permission denied');
        check('root token still works', (await root.tokenLookupSelf()).data.policies, ['root']);
    } catch (error) {
        if (error instanceof Mismatch) {
            console.error(`MISMATCH in step '${stepName}': ${error.message}`);
        } else {
            const status = error.response ? ` (HTTP ${error.response.statusCode}: ${JSON.stringify(error.response.body)})` : '';
            console.error(`UNEXPECTED ERROR in step '${stepName}': ${error.message}${status}`);
        }
        return 1;
    }
    console.log("node-vault: every lease step matched Vault's answers");
    return 0;
}

main().then((code) => { process.exitCode = code; });
