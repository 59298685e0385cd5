namespace Platform.EndToEnd.Support;

/// <summary>
/// The real peers these tests drive, found through the variables test.sh exports after installing and starting
/// them. A missing variable fails the test with what to do; nothing is skipped silently.
/// </summary>
public static class PeerEnvironment
{
    /// <summary>host:port of a redis-server (test.sh starts one with appendonly on).</summary>
    public static string Redis => Required("PLATFORM_TEST_REDIS", "the host:port of a running redis-server (test.sh starts one)");

    /// <summary>A python3 that can <c>import hvac</c> (Debian's python3-hvac 0.11 lives in /usr/bin/python3's path).</summary>
    public static string HvacPython => Required("PLATFORM_TEST_HVAC_PYTHON", "a python3 that can import hvac (test.sh installs python3-hvac and exports /usr/bin/python3)");

    /// <summary>tests/clients/node-vault with its node_modules installed by <c>npm ci</c>.</summary>
    public static string NodeVaultDirectory => Required("PLATFORM_TEST_NODE_VAULT", "the tests/clients/node-vault folder after `npm ci` (test.sh runs it)");

    /// <summary>
    /// The slapd test.sh starts (<c>start_slapd_peer</c>): every <c>PLATFORM_TEST_LDAP_*</c> variable, for scripts that
    /// log in through LDAP.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Ldap => new[] { "URL", "BINDDN", "BINDPASS", "USERDN", "GROUPDN", "ALICE_PASSWORD", "BOB_PASSWORD" }
        .ToDictionary(
            suffix => "PLATFORM_TEST_LDAP_" + suffix,
            suffix => Required("PLATFORM_TEST_LDAP_" + suffix, "set by test.sh's start_slapd_peer (the slapd the LDAP tests log in against)"));

    /// <summary>The node binary to run node-vault scripts with.</summary>
    public static string Node => Environment.GetEnvironmentVariable("PLATFORM_TEST_NODE") is { Length: > 0 } node ? node : "node";

    private static string Required(string name, string what) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: it must be {what}. Run ./test.sh, or start the peer and export {name} yourself.");
}
