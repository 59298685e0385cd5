using Platform.Kernel.Auth;
using Platform.Secrets.Domain.Policies;
using Platform.Secrets.Domain.Policies.Acl;

namespace Platform.Secrets.Tests.Domain.Policies;

/// <summary>
/// The ACL matrix: Vault's documented policy examples (the "Policies" concept page: the two example policies, the
/// glob and "+" examples, "Priority matching") and the 2017 demo policy, each × paths × capabilities.
/// </summary>
public sealed class AccessControlListTests
{
    private const Capability C = Capability.Create;
    private const Capability R = Capability.Read;
    private const Capability U = Capability.Update;
    private const Capability D = Capability.Delete;
    private const Capability L = Capability.List;
    private const Capability S = Capability.Sudo;

    // Vault docs, first example: a broad grant with a deny and a parameter-restricted path.
    private const string DocsExample = """
        path "secret/*" {
          capabilities = ["create", "read", "update", "patch", "delete", "list"]
        }
        path "secret/super-secret" {
          capabilities = ["deny"]
        }
        path "secret/restricted" {
          capabilities = ["create"]
          allowed_parameters = {
            "foo" = []
            "bar" = ["zip", "zap"]
          }
        }
        """;

    // Vault docs, glob and segment-wildcard examples.
    private const string DocsGlobs = """
        path "secret/foo" { capabilities = ["read"] }
        path "secret/bar/*" { capabilities = ["read"] }
        path "secret/zip-*" { capabilities = ["read"] }
        path "secret/+/teamb" { capabilities = ["read"] }
        path "secret/+/+/teamb" { capabilities = ["read"] }
        """;

    [Theory]
    [InlineData("secret/anything", R | C | U | D | L, true)]
    [InlineData("secret/a/b/c", U, true)]
    [InlineData("secret/super-secret", R, false)]
    [InlineData("secret/super-secret", L, false)]
    [InlineData("secret/restricted", C, true)]
    [InlineData("secret/restricted", R, false)]
    [InlineData("secret", R, false)]
    [InlineData("sys/mounts", R, false)]
    [InlineData("secret/anything", S, false)]
    public void IsAllowed_DocsExample_Matrix(string path, Capability required, bool expected) =>
        Assert.Equal(expected, Acl(DocsExample).IsAllowed(path, required));

    [Theory]
    [InlineData("secret/foo", true)]
    [InlineData("secret/food", false)]
    [InlineData("secret/foo/bar", false)]
    [InlineData("secret/bar/zip", true)]
    [InlineData("secret/bar/zip/zap", true)]
    [InlineData("secret/bars/zip", false)]
    [InlineData("secret/zip-zap", true)]
    [InlineData("secret/zip-zap/zong", true)]
    [InlineData("secret/zip/zap", false)]
    [InlineData("secret/x/teamb", true)]
    [InlineData("secret/x/teamb/more", false)]
    [InlineData("secret/foo/bar/teamb", true)]
    [InlineData("secret/bar/foo/teamb", true)]
    [InlineData("secret/teamb", false)]
    public void IsAllowed_DocsGlobExamples_ReadMatrix(string path, bool expected) =>
        Assert.Equal(expected, Acl(DocsGlobs).IsAllowed(path, R));

    [Theory]
    // Exact beats any glob: secret/* create, secret/foo read → secret/foo is read only.
    [InlineData("path \"secret/*\" { capabilities = [\"create\"] }\npath \"secret/foo\" { capabilities = [\"read\"] }", "secret/foo", R)]
    // 1. A later first wildcard wins: secret/foo/* over secret/+/bar.
    [InlineData("path \"secret/+/bar\" { capabilities = [\"create\"] }\npath \"secret/foo/*\" { capabilities = [\"read\"] }", "secret/foo/bar", R)]
    // 2. Same first wildcard: not ending in * beats ending in * (foo/+/bar over foo/+/ba*).
    [InlineData("path \"foo/+/ba*\" { capabilities = [\"create\"] }\npath \"foo/+/bar\" { capabilities = [\"read\"] }", "foo/x/bar", R)]
    // 2. foo/+ beats foo/* for a one-segment rest.
    [InlineData("path \"foo/*\" { capabilities = [\"create\"] }\npath \"foo/+\" { capabilities = [\"read\"] }", "foo/x", R)]
    // 3. Fewer + segments win (a/+/c over a/+/+).
    [InlineData("path \"a/+/+\" { capabilities = [\"create\"] }\npath \"a/+/c\" { capabilities = [\"read\"] }", "a/b/c", R)]
    // 4. The longer pattern wins (foo/+/bar/ba* over foo/+/bar/b*).
    [InlineData("path \"foo/+/bar/b*\" { capabilities = [\"create\"] }\npath \"foo/+/bar/ba*\" { capabilities = [\"read\"] }", "foo/x/bar/baz", R)]
    // Longest * prefix wins among globs.
    [InlineData("path \"secret/*\" { capabilities = [\"create\"] }\npath \"secret/app/*\" { capabilities = [\"read\"] }", "secret/app/db", R)]
    public void CapabilitiesOn_PriorityMatching_MostSpecificRuleWins(string policy, string path, Capability expected) =>
        Assert.Equal(expected, Acl(policy).CapabilitiesOn(path));

    [Fact]
    public void IsAllowed_SamePathInTwoPolicies_CapabilitiesMerge()
    {
        var acl = Acl("path \"secret/*\" { capabilities = [\"read\"] }", "path \"secret/*\" { capabilities = [\"create\"] }");

        Assert.True(acl.IsAllowed("secret/x", R));
        Assert.True(acl.IsAllowed("secret/x", C));
        Assert.False(acl.IsAllowed("secret/x", U));
    }

    [Fact]
    public void IsAllowed_DenyInAnyPolicyOnSamePath_OverridesGrants()
    {
        var acl = Acl("path \"secret/*\" { capabilities = [\"read\", \"list\"] }", "path \"secret/*\" { capabilities = [\"deny\"] }");

        Assert.False(acl.IsAllowed("secret/x", R));
        Assert.Equal(Capability.Deny, acl.CapabilitiesOn("secret/x"));
    }

    [Fact]
    public void IsAllowed_DenyOnMoreSpecificPath_OnlyThatPathDenied()
    {
        var acl = Acl("path \"secret/*\" { capabilities = [\"read\"] }", "path \"secret/foo\" { capabilities = [\"deny\"] }");

        Assert.False(acl.IsAllowed("secret/foo", R));
        Assert.True(acl.IsAllowed("secret/bar", R));
    }

    [Fact]
    public void IsAllowed_SudoPathNeedsSudoToo()
    {
        var acl = Acl("path \"sys/rotate\" { capabilities = [\"update\"] }", "path \"sys/seal\" { capabilities = [\"update\", \"sudo\"] }");

        Assert.False(acl.IsAllowed("sys/rotate", U | S));
        Assert.True(acl.IsAllowed("sys/seal", U | S));
    }

    [Theory]
    [InlineData("secret/", true)]
    [InlineData("secret", true)]
    [InlineData("other/", false)]
    public void IsAllowed_ListWithTrailingSlash_FindsTheRuleWithout(string path, bool expected) =>
        Assert.Equal(expected, Acl("path \"secret\" { capabilities = [\"list\"] }").IsAllowed(path, L));

    [Theory]
    [InlineData("secret/foo", R | L, true)]
    [InlineData("secret/foo", U, false)]
    [InlineData("secret/bar", R, false)]
    [InlineData("secret/other", C | R | U | D | L, true)]
    [InlineData("auth/token/lookup-self", R, true)]
    [InlineData("auth/token/create", U, false)]
    public void IsAllowed_WescaleLegacyDemo_Matrix(string path, Capability required, bool expected)
    {
        var acl = Acl(File.ReadAllText(PolicyCorpus.Wescale("acl.hcl")));

        Assert.Equal(expected, acl.IsAllowed(path, required));
    }

    [Theory]
    [InlineData("auth/token/lookup-self", R, true)]
    [InlineData("auth/token/renew-self", U, true)]
    [InlineData("auth/token/revoke-self", U, true)]
    [InlineData("sys/capabilities-self", U, true)]
    [InlineData("cubbyhole/mine", C, true)]
    [InlineData("auth/token/create", U, false)]
    [InlineData("secret/data/x", R, false)]
    [InlineData("sys/policy/default", R, false)]
    public void IsAllowed_DefaultPolicy_OnlySelfService(string path, Capability required, bool expected) =>
        Assert.Equal(expected, Acl(BuiltInPolicies.DefaultText).IsAllowed(path, required));

    [Fact]
    public void IsAllowed_Root_AllowsEverythingIncludingSudo()
    {
        Assert.True(AccessControlList.Root.IsAllowed("sys/seal", U | S));
        Assert.True(AccessControlList.Root.IsAllowed("scheduler/job/web", C));
    }

    [Fact]
    public void IsAllowed_NoPolicyOrNoCapability_FailsClosed()
    {
        Assert.False(AccessControlList.Empty.IsAllowed("secret/x", R));
        Assert.False(Acl("path \"secret/*\" { capabilities = [\"read\"] }").IsAllowed("secret/x", Capability.None));
        // A rule with no capabilities still governs its path: it shadows the broader grant.
        Assert.False(Acl("path \"secret/*\" { capabilities = [\"read\"] }\npath \"secret/x\" { capabilities = [] }").IsAllowed("secret/x", R));
    }

    [Fact]
    public void IsAllowed_WrappingTtlRule_RefusedBecauseResponsesAreNeverWrapped()
    {
        var acl = Acl("path \"secret/*\" {\n  capabilities = [\"read\"]\n  min_wrapping_ttl = \"1m\"\n}");

        Assert.False(acl.IsAllowed("secret/x", R));
    }

    [Fact]
    public void IsAllowed_ModulePaths_SameLanguage()
    {
        var acl = Acl("""
            path "scheduler/job/web*" { capabilities = ["create", "read", "update"] }
            path "infra/workspace/prod/*" { capabilities = ["read"] }
            """);

        Assert.True(acl.IsAllowed("scheduler/job/web-frontend", U));
        Assert.False(acl.IsAllowed("scheduler/job/db", R));
        Assert.True(acl.IsAllowed("infra/workspace/prod/state", R));
        Assert.False(acl.IsAllowed("infra/workspace/prod/state", U));
    }

    [Fact]
    public void CapabilitiesOn_NamesSortedAndDenyForNothing()
    {
        var acl = Acl("path \"secret/*\" { capabilities = [\"update\", \"read\", \"list\"] }");

        Assert.Equal(["list", "read", "update"], CapabilityNames.ToNames(acl.CapabilitiesOn("secret/a")));
        Assert.Equal(["deny"], CapabilityNames.ToNames(acl.CapabilitiesOn("other")));
    }

    [Theory]
    [InlineData("path \"secret/data/team/*\" { capabilities = [\"read\"] }", "secret/", true)]
    [InlineData("path \"secret/*\" { capabilities = [\"list\"] }", "secret/", true)]
    [InlineData("path \"secret/data/x\" { capabilities = [\"read\"] }", "secret/", true)]
    [InlineData("path \"+/data/x\" { capabilities = [\"read\"] }", "secret/", true)]
    [InlineData("path \"sec*\" { capabilities = [\"read\"] }", "secret/", true)]
    [InlineData("path \"secret/data/team/*\" { capabilities = [\"read\"] }", "other/", false)]
    [InlineData("path \"secret/*\" { capabilities = [\"deny\"] }", "secret/", false)]
    [InlineData("path \"other/+/x\" { capabilities = [\"read\"] }", "secret/", false)]
    public void HasAccessUnder_Rules_FollowsVaultsMountAccess(string policy, string mount, bool expected) =>
        Assert.Equal(expected, Acl(policy).HasAccessUnder(mount));

    private static AccessControlList Acl(params string[] policies) =>
        AccessControlList.Compile(policies.Select((text, i) =>
        {
            var result = PolicyParser.Parse(text, $"p{i}.hcl");
            Assert.True(result.Policy is not null, string.Join(Environment.NewLine, result.ErrorMessages));
            return result.Policy!;
        }));
}
