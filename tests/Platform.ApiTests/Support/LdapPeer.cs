namespace Platform.ApiTests.Support;

/// <summary>
/// The slapd test.sh starts (<c>start_slapd_peer</c>): its URL, bind account, base DNs and the seeded users'
/// passwords, from the environment. Missing variables fail the test with a message saying how to get them.
/// </summary>
internal sealed record LdapPeer(
    string Url, string LdapsUrl, string CaFile, string BindDn, string BindPassword, string UserDn, string GroupDn, string AlicePassword, string BobPassword)
{
    public static LdapPeer Required() => new(
        Variable("PLATFORM_TEST_LDAP_URL"),
        Variable("PLATFORM_TEST_LDAPS_URL"),
        Variable("PLATFORM_TEST_LDAP_CA_FILE"),
        Variable("PLATFORM_TEST_LDAP_BINDDN"),
        Variable("PLATFORM_TEST_LDAP_BINDPASS"),
        Variable("PLATFORM_TEST_LDAP_USERDN"),
        Variable("PLATFORM_TEST_LDAP_GROUPDN"),
        Variable("PLATFORM_TEST_LDAP_ALICE_PASSWORD"),
        Variable("PLATFORM_TEST_LDAP_BOB_PASSWORD"));

    /// <summary>A config that finds users by search with the bind account.</summary>
    public object SearchConfig(object? extra = null) => Merge(new Dictionary<string, object>
    {
        ["url"] = Url,
        ["binddn"] = BindDn,
        ["bindpass"] = BindPassword,
        ["userdn"] = UserDn,
        ["userattr"] = "uid",
        ["groupdn"] = GroupDn,
        ["groupattr"] = "cn",
    }, extra);

    /// <summary>A config without a bind account: the user DN is composed as <c>uid=NAME,userdn</c>.</summary>
    public object ComposedDnConfig(object? extra = null) => Merge(new Dictionary<string, object>
    {
        ["url"] = Url,
        ["userdn"] = UserDn,
        ["userattr"] = "uid",
        ["groupdn"] = GroupDn,
    }, extra);

    private static Dictionary<string, object> Merge(Dictionary<string, object> config, object? extra)
    {
        foreach (var property in extra?.GetType().GetProperties() ?? [])
        {
            config[property.Name] = property.GetValue(extra)!;
        }

        return config;
    }

    private static string Variable(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set: the LDAP tests need the slapd peer that test.sh starts (start_slapd_peer). Run ./test.sh, or start slapd the same way and export the PLATFORM_TEST_LDAP_* variables.");
}
