#!/usr/bin/env node
// node-vault 0.12 logs in through userpass and LDAP on a live, uninitialised `platform server`.
//
// Usage: VAULT_ADDR=http://127.0.0.1:PORT PLATFORM_TEST_LDAP_URL=… (the PLATFORM_TEST_LDAP_* variables of test.sh's
// slapd) node vault_auth.js   (from this folder, after `npm ci`)
//
// The way node-vault users write it: enableAuth, users and group mappings through vault.write, userpassLogin and
// ldapLogin (which adopt auth.client_token), then lookup-self, capabilities and renew-self with the adopted token,
// and the refusals. Every value Vault would return is compared; the first mismatch ends the run with exit code 1.
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

const TEAM_READ = 'path "secret/data/team/*" {\n  capabilities = ["read"]\n}\n';

function checkLogin(response, what, policies) {
    const auth = response.auth;
    check(`${what}: envelope data`, response.data, null);
    check(`${what}: policies`, auth.policies, policies);
    check(`${what}: token_policies`, auth.token_policies, policies);
    check(`${what}: metadata`, auth.metadata, { username: 'alice' });
    check(`${what}: lease_duration`, auth.lease_duration, 768 * 3600);
    check(`${what}: renewable`, auth.renewable, true);
    check(`${what}: orphan`, auth.orphan, true);
    check(`${what}: token_type`, auth.token_type, 'service');
}

// node-vault adopted the login's token: every call below is the logged-in user's.
async function checkAdoptedToken(user, loginToken, displayName, path) {
    check('node-vault adopted auth.client_token', user.token, loginToken);
    const self = await user.tokenLookupSelf();
    check('lookup-self display_name', self.data.display_name, displayName);
    check('lookup-self path', self.data.path, path);
    const capabilities = await user.write('sys/capabilities-self', { paths: ['secret/data/team/app', 'secret/data/other'] });
    check('capabilities on secret/data/team/app', capabilities.data['secret/data/team/app'], ['read']);
    check('capabilities on secret/data/other', capabilities.data['secret/data/other'], ['deny']);
    await expectError(user.mounts(), 403, 'permission denied');
    const renewed = await user.tokenRenewSelf({ increment: '2h' });
    check('renew-self lease_duration', renewed.auth.lease_duration, 7200);
}

async function userpass(root, endpoint) {
    step('userpass: enable, create a user, log in');
    await root.enableAuth({ mount_point: 'userpass', type: 'userpass', description: 'people' });
    await root.write('auth/userpass/users/alice', { password: 'alice-node-password', policies: 'team-read' });
    check('users/alice token_policies', (await root.read('auth/userpass/users/alice')).data.token_policies, ['team-read']);
    const user = nodeVault({ endpoint });
    const login = await user.userpassLogin({ username: 'alice', password: 'alice-node-password' });
    checkLogin(login, 'userpass login', ['default', 'team-read']);
    await checkAdoptedToken(user, login.auth.client_token, 'userpass-alice', 'auth/userpass/login/alice');

    step('userpass: refusals');
    await expectError(nodeVault({ endpoint }).userpassLogin({ username: 'alice', password: 'wrong' }), 400, 'invalid username or password');
}

async function ldap(root, endpoint) {
    const env = process.env;
    step('ldap: enable, configure, map a group, log in');
    await root.enableAuth({ mount_point: 'ldap', type: 'ldap' });
    await root.write('auth/ldap/config', {
        url: env.PLATFORM_TEST_LDAP_URL,
        binddn: env.PLATFORM_TEST_LDAP_BINDDN,
        bindpass: env.PLATFORM_TEST_LDAP_BINDPASS,
        userdn: env.PLATFORM_TEST_LDAP_USERDN,
        userattr: 'uid',
        groupdn: env.PLATFORM_TEST_LDAP_GROUPDN,
    });
    await root.write('auth/ldap/groups/devs', { policies: ['team-read'] });
    const user = nodeVault({ endpoint });
    const login = await user.ldapLogin({ username: 'alice', password: env.PLATFORM_TEST_LDAP_ALICE_PASSWORD });
    checkLogin(login, 'ldap login', ['default', 'team-read']);
    await checkAdoptedToken(user, login.auth.client_token, 'ldap-alice', 'auth/ldap/login/alice');

    step('ldap: refusals');
    const failed = 'ldap operation failed: failed to bind as user';
    await expectError(nodeVault({ endpoint }).ldapLogin({ username: 'alice', password: env.PLATFORM_TEST_LDAP_BOB_PASSWORD }), 400, failed);
    await expectError(nodeVault({ endpoint }).ldapLogin({ username: 'alice)(|(uid=*', password: env.PLATFORM_TEST_LDAP_ALICE_PASSWORD }), 400, failed);
    await expectError(nodeVault({ endpoint }).ldapLogin({ username: 'alice', password: '' }), 400,
        'password cannot be of zero length when passwordless binds are being denied');
}

async function main() {
    const endpoint = process.env.VAULT_ADDR;
    if (!endpoint || !process.env.PLATFORM_TEST_LDAP_URL) {
        console.error("VAULT_ADDR (a fresh platform server) and the PLATFORM_TEST_LDAP_* variables of test.sh's slapd must be set.");
        return 2;
    }
    const root = nodeVault({ endpoint });
    try {
        step('init and unseal');
        const init = await root.init({ secret_shares: 1, secret_threshold: 1 });
        await root.unseal({ key: init.keys[0] });
        root.token = init.root_token;
        await root.addPolicy({ name: 'team-read', rules: TEAM_READ });
        await userpass(root, endpoint);
        await ldap(root, endpoint);
    } catch (error) {
        if (error instanceof Mismatch) {
            console.error(`MISMATCH in step '${stepName}': ${error.message}`);
        } else {
            const status = error.response ? ` (HTTP ${error.response.statusCode}: ${JSON.stringify(error.response.body)})` : '';
            console.error(`UNEXPECTED ERROR in step '${stepName}': ${error.message}${status}`);
        }
        return 1;
    }
    console.log("node-vault: every auth step matched Vault's answers");
    return 0;
}

main().then((code) => { process.exitCode = code; });
