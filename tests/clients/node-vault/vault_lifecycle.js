#!/usr/bin/env node
// node-vault 0.12 (a real Vault client) drives a live, uninitialised `platform server`.
//
// Usage: VAULT_ADDR=http://127.0.0.1:PORT node vault_lifecycle.js   (from this folder, after `npm ci`)
//
// The same first day as the hvac script, the way node-vault users write it: init, unseal, status, health, policies
// with the body field `rules`, tokens (node-vault adopts auth.client_token from token create and renew, so the
// script switches back to root on purpose), seal and unseal again. node-vault treats any status but 200/204 as an
// error and takes the message from errors[0]. Every value Vault would return is compared; the first mismatch ends
// the run with exit code 1 naming the step, the field, the expected and the actual value.
'use strict';

const nodeVault = require('node-vault');

class Mismatch extends Error {}

let stepName = 'start';

function step(name) {
    stepName = name;
    console.log(`-- ${name}`);
}

function same(actual, expected) {
    return JSON.stringify(actual) === JSON.stringify(expected);
}

function check(field, actual, expected) {
    if (!same(actual, expected)) {
        throw new Mismatch(`${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
}

function checkTrue(field, condition, actual) {
    if (!condition) {
        throw new Mismatch(`${field}: unexpected value ${JSON.stringify(actual)}`);
    }
}

async function expectError(promise, status, message) {
    try {
        await promise;
    } catch (error) {
        if (!error.response) {
            throw new Mismatch(`expected HTTP ${status}, got a client error: ${error.message}`);
        }
        check(`status code of the refused call`, error.response.statusCode, status);
        if (message !== undefined) {
            check(`error text of the ${status} answer`, error.message, message);
        }
        return error;
    }
    throw new Mismatch(`expected HTTP ${status}, the call succeeded`);
}

function checkEnvelope(response, what) {
    for (const key of ['request_id', 'lease_id', 'renewable', 'lease_duration', 'data', 'wrap_info', 'warnings', 'auth']) {
        checkTrue(`${what}: key '${key}' in the envelope`, key in response, Object.keys(response));
    }
    checkTrue(`${what}.request_id`, typeof response.request_id === 'string' && response.request_id.length > 0, response.request_id);
    check(`${what}.lease_id`, response.lease_id, '');
    check(`${what}.lease_duration`, response.lease_duration, 0);
    check(`${what}.wrap_info`, response.wrap_info, null);
}

function checkSealStatus(status, what, initialized, sealed, t, n, progress) {
    check(`${what}.type`, status.type, 'shamir');
    check(`${what}.initialized`, status.initialized, initialized);
    check(`${what}.sealed`, status.sealed, sealed);
    check(`${what}.t`, status.t, t);
    check(`${what}.n`, status.n, n);
    check(`${what}.progress`, status.progress, progress);
    checkTrue(`${what}.nonce is a string`, typeof status.nonce === 'string', status.nonce);
    checkTrue(`${what}.version is a string`, typeof status.version === 'string' && status.version.length > 0, status.version);
}

async function operatorInitAndUnseal(vault) {
    step('fresh server: not initialised, sealed');
    check('sys/init initialized', (await vault.initialized()).initialized, false);
    checkSealStatus(await vault.status(), 'seal-status', false, true, 0, 0, 0);
    // node-vault hands back the health body whatever the status code.
    const uninitialisedHealth = await vault.health();
    check('health.initialized', uninitialisedHealth.initialized, false);
    check('health.sealed', uninitialisedHealth.sealed, true);

    step('init with 5 shares, threshold 3');
    const init = await vault.init({ secret_shares: 5, secret_threshold: 3 });
    check('number of keys', init.keys.length, 5);
    check('number of keys_base64', init.keys_base64.length, 5);
    init.keys.forEach((hex, index) => {
        check(`keys[${index}] and keys_base64[${index}] are the same share`, Buffer.from(hex, 'hex').toString('base64'), init.keys_base64[index]);
        check(`keys[${index}] length in bytes`, Buffer.from(hex, 'hex').length, 33);
    });
    check('shares are distinct', new Set(init.keys).size, 5);
    checkTrue('root_token is a non-empty string', typeof init.root_token === 'string' && init.root_token.length > 0, init.root_token);
    check('sys/init initialized after init', (await vault.initialized()).initialized, true);
    checkSealStatus(await vault.status(), 'seal-status after init', true, true, 3, 5, 0);
    await expectError(vault.init({ secret_shares: 1, secret_threshold: 1 }), 400, 'Vault is already initialized');

    step('unseal: progress, reset, threshold');
    const first = await vault.unseal({ key: init.keys[3] });
    checkSealStatus(first, 'after share 1', true, true, 3, 5, 1);
    checkSealStatus(await vault.unseal({ reset: true }), 'after reset', true, true, 3, 5, 0);
    checkSealStatus(await vault.unseal({ key: init.keys_base64[1] }), 'after share 1 again', true, true, 3, 5, 1);
    checkSealStatus(await vault.unseal({ key: init.keys[2] }), 'after share 2', true, true, 3, 5, 2);
    checkSealStatus(await vault.unseal({ key: init.keys[4] }), 'after share 3', true, false, 3, 5, 0);
    check('seal-status sealed', (await vault.status()).sealed, false);

    step('health of an unsealed node');
    const health = await vault.health();
    check('health.initialized', health.initialized, true);
    check('health.sealed', health.sealed, false);
    check('health.standby', health.standby, false);
    checkTrue('health.server_time_utc is epoch seconds', Number.isInteger(health.server_time_utc) && health.server_time_utc > 1600000000, health.server_time_utc);
    return init;
}

const RULES = `# written by node-vault
path "auth/token/create" {
  capabilities = ["create", "update"]
}

path "secret/node/*" {
  capabilities = ["read"]
}
`;

async function policies(vault) {
    step('root token: lookup-self');
    const self = await vault.tokenLookupSelf();
    checkEnvelope(self, 'lookup-self');
    check('root.id', self.data.id, vault.token);
    check('root.policies', self.data.policies, ['root']);
    check('root.path', self.data.path, 'auth/token/root');
    check('root.display_name', self.data.display_name, 'root');
    check('root.ttl', self.data.ttl, 0);
    check('root.expire_time', self.data.expire_time, null);
    check('root.orphan', self.data.orphan, true);

    step("policy write/read/list (body field 'rules', as node-vault sends it)");
    check('policy write answer (204, no body)', await vault.addPolicy({ name: 'e2e-node', rules: RULES }), '');
    const read = await vault.getPolicy({ name: 'e2e-node' });
    check('policy read top-level name', read.name, 'e2e-node');
    check('policy read top-level rules', read.rules, RULES);
    check('policy read data.name', read.data.name, 'e2e-node');
    check('policy read data.rules', read.data.rules, RULES);
    const listed = await vault.policies();
    for (const name of ['default', 'root', 'e2e-node']) {
        checkTrue(`${name} in policies`, listed.policies.includes(name), listed.policies);
        checkTrue(`${name} in data.keys`, listed.data.keys.includes(name), listed.data.keys);
    }
    await expectError(vault.getPolicy({ name: 'e2e-no-such-policy' }), 404);
    await expectError(vault.addPolicy({ name: 'root', rules: RULES }), 400);
}

function checkTokenData(data, what, id, accessor) {
    check(`${what}.id`, data.id, id);
    check(`${what}.accessor`, data.accessor, accessor);
    check(`${what}.policies`, data.policies, ['default', 'e2e-node']);
    check(`${what}.display_name`, data.display_name, 'token-node-app');
    check(`${what}.meta`, data.meta, { team: 'e2e' });
    check(`${what}.path`, data.path, 'auth/token/create');
    check(`${what}.creation_ttl`, data.creation_ttl, 1800);
    checkTrue(`${what}.ttl counts down from 1800`, data.ttl >= 1700 && data.ttl <= 1800, data.ttl);
    check(`${what}.num_uses`, data.num_uses, 5);
    check(`${what}.orphan`, data.orphan, false);
    check(`${what}.renewable`, data.renewable, true);
    check(`${what}.type`, data.type, 'service');
}

async function tokens(vault, rootToken) {
    step('token create: node-vault adopts the new token');
    const created = await vault.tokenCreate({ policies: ['e2e-node'], ttl: '30m', display_name: 'node-app', meta: { team: 'e2e' }, num_uses: 5 });
    checkEnvelope(created, 'token create');
    const auth = created.auth;
    checkTrue('client_token', typeof auth.client_token === 'string' && auth.client_token.length > 0 && auth.client_token !== rootToken, auth.client_token);
    check('client adopted auth.client_token', vault.token, auth.client_token);
    check('auth.policies', auth.policies, ['default', 'e2e-node']);
    check('auth.token_policies', auth.token_policies, ['default', 'e2e-node']);
    check('auth.metadata', auth.metadata, { team: 'e2e' });
    check('auth.lease_duration', auth.lease_duration, 1800);
    check('auth.renewable', auth.renewable, true);
    check('auth.orphan', auth.orphan, false);
    check('auth.num_uses', auth.num_uses, 5);
    const token = auth.client_token;
    const accessor = auth.accessor;

    step('lookup-self as the new token uses one of its 5 uses');
    const self = await vault.tokenLookupSelf();
    checkTokenData({ ...self.data, num_uses: self.data.num_uses + 1 }, 'lookup-self (one use spent)', token, accessor);

    step('token lookup and lookup-accessor as root');
    vault.token = rootToken;
    const lookup = await vault.tokenLookup({ token });
    checkTokenData({ ...lookup.data, num_uses: lookup.data.num_uses + 1 }, 'lookup', token, accessor);
    const byAccessor = await vault.tokenLookupAccessor({ accessor });
    checkTokenData({ ...byAccessor.data, num_uses: byAccessor.data.num_uses + 1 }, 'lookup-accessor', '', accessor);

    step('token renew (node-vault adopts the renewed token too)');
    const renewed = await vault.tokenRenew({ token, increment: 3600 });
    check('renew auth.client_token', renewed.auth.client_token, token);
    check('renew auth.lease_duration', renewed.auth.lease_duration, 3600);
    check('renew auth.renewable', renewed.auth.renewable, true);
    check('client adopted the renewed token', vault.token, token);
    vault.token = rootToken;

    step('token revoke');
    const revoked = await vault.tokenRevoke({ token });
    check('revoke answer (204, no body)', revoked, '');
    await expectError(vault.tokenLookup({ token }), 403, 'bad token');
    const child = nodeVault({ endpoint: vault.endpoint, token });
    await expectError(child.tokenLookupSelf(), 403, 'permission denied');

    step('num_uses: a token with one use works once');
    const once = (await vault.tokenCreate({ policies: ['e2e-node'], ttl: '10m', num_uses: 1 })).auth.client_token;
    vault.token = rootToken;
    const onceClient = nodeVault({ endpoint: vault.endpoint, token: once });
    check('first use', (await onceClient.tokenLookupSelf()).data.id, once);
    await expectError(onceClient.tokenLookupSelf(), 403, 'permission denied');
}

async function sealAndUnsealAgain(vault, init) {
    step('seal, 503 while sealed, unseal, data back');
    await vault.seal();
    check('sealed', (await vault.status()).sealed, true);
    await expectError(vault.tokenLookupSelf(), 503, 'Vault is sealed');
    await expectError(vault.getPolicy({ name: 'e2e-node' }), 503, 'Vault is sealed');
    for (const key of init.keys.slice(0, 3)) {
        await vault.unseal({ key });
    }
    check('policy back after unseal', (await vault.getPolicy({ name: 'e2e-node' })).rules, RULES);
    check('root token works after unseal', (await vault.tokenLookupSelf()).data.policies, ['root']);
}

async function main() {
    const endpoint = process.env.VAULT_ADDR;
    if (!endpoint) {
        console.error('VAULT_ADDR is not set: give the address of a fresh (uninitialised) platform server.');
        return 2;
    }
    const vault = nodeVault({ endpoint });
    try {
        const init = await operatorInitAndUnseal(vault);
        vault.token = init.root_token;
        await policies(vault);
        await tokens(vault, init.root_token);
        await sealAndUnsealAgain(vault, init);
    } catch (error) {
        if (error instanceof Mismatch) {
            console.error(`MISMATCH in step '${stepName}': ${error.message}`);
        } else {
            const status = error.response ? ` (HTTP ${error.response.statusCode}: ${JSON.stringify(error.response.body)})` : '';
            console.error(`UNEXPECTED ERROR in step '${stepName}': ${error.message}${status}`);
        }
        return 1;
    }
    console.log("node-vault: every step matched Vault's answers");
    return 0;
}

main().then((code) => { process.exitCode = code; });
