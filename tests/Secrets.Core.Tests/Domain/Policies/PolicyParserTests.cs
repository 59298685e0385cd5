using Platform.Hcl.Diagnostics;
using Platform.Kernel.Auth;
using Platform.Secrets.Domain.Policies;

namespace Platform.Secrets.Tests.Domain.Policies;

public sealed class PolicyParserTests
{
    private const Capability Write = Capability.Create | Capability.Read | Capability.Update | Capability.Delete | Capability.List;

    [Fact]
    public void Parse_EveryCorpusPolicy_ParsesWithoutErrors()
    {
        var files = PolicyCorpus.Files().ToList();
        Assert.True(files.Count >= 20, $"expected the whole corpus, found {files.Count} files");
        foreach (var file in files)
        {
            var result = PolicyParser.Parse(File.ReadAllText(file), Path.GetFileName(file));
            Assert.True(result.Policy is not null, $"{file}: {string.Join(Environment.NewLine, result.ErrorMessages)}");
            Assert.NotEmpty(result.Policy!.Rules);
        }
    }

    [Fact]
    public void Parse_WescaleLegacyAcl_MapsPolicyLevelsToCapabilities()
    {
        var policy = Parse(File.ReadAllText(PolicyCorpus.Wescale("acl.hcl")));

        Assert.Equal(
            [("secret/*", Write), ("secret/foo", Capability.Read | Capability.List), ("secret/bar", Capability.Deny), ("auth/token/lookup-self", Capability.Read | Capability.List)],
            policy.Rules.Select(r => (r.Pattern, r.Capabilities)));
    }

    [Fact]
    public void Parse_LegacySudoLevel_AddsSudoToWrite()
    {
        var policy = Parse("path \"auth/*\" {\n  policy = \"sudo\"\n}\n");

        Assert.Equal(Write | Capability.Sudo, policy.Rules.Single().Capabilities);
    }

    [Fact]
    public void Parse_RepeatedLegacyPolicyAttribute_KeepsTheLastAsHcl1Does()
    {
        var result = PolicyParser.Parse("path \"secret/*\" {\n  policy = \"read\"\n  policy = \"deny\"\n}\n", "p.hcl");

        Assert.Equal(Capability.Deny, result.Policy!.Rules.Single().Capabilities);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Summary == "Attribute redefined");
    }

    [Fact]
    public void Parse_BraceOnNextLine_AcceptedWithWarningAndPositionsKept()
    {
        var result = PolicyParser.Parse("path \"sys/auth\"\n{\n  capabilities = [\"read\", \"bogus\"]\n}\n", "admin.hcl");

        Assert.Null(result.Policy);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("admin.hcl:3,27-34: Invalid capability; \"bogus\" is not a capability. Use any of: create, read, update, delete, list, sudo, patch, deny.", error.ToString());
    }

    [Fact]
    public void Parse_DenyWithOtherCapabilities_KeepsOnlyDeny()
    {
        var policy = Parse("path \"secret/x\" { capabilities = [\"read\", \"deny\", \"list\"] }\n");

        Assert.Equal(Capability.Deny, policy.Rules.Single().Capabilities);
    }

    [Fact]
    public void Parse_LeadingSlash_IsDropped()
    {
        Assert.Equal("secret/a", Parse("path \"/secret/a\" { capabilities = [\"read\"] }\n").Rules.Single().Pattern);
    }

    [Fact]
    public void Parse_JsonSyntax_ReadsTheSameRules()
    {
        const string json = """
            {
              "path": {
                "secret/*": { "capabilities": ["create", "read"] },
                "sys/mounts": { "policy": "read" }
              }
            }
            """;

        var policy = Parse(json);

        Assert.Equal(
            [("secret/*", Capability.Create | Capability.Read), ("sys/mounts", Capability.Read | Capability.List)],
            policy.Rules.Select(r => (r.Pattern, r.Capabilities)));
    }

    [Fact]
    public void Parse_OptionalFields_AreKept()
    {
        const string text = """
            path "secret/restricted" {
              capabilities        = ["create"]
              allowed_parameters  = { "foo" = [], "Bar" = ["zip", "zap", 3] }
              denied_parameters   = { "baz" = [] }
              required_parameters = ["foo"]
              min_wrapping_ttl    = "1s"
              max_wrapping_ttl    = 90
            }
            """;

        var rule = Parse(text).Rules.Single();

        Assert.Empty(rule.Parameters.Allowed!["foo"]);
        Assert.Equal(["zip", "zap", "3"], rule.Parameters.Allowed!["bar"]);
        Assert.Empty(rule.Parameters.Denied!["baz"]);
        Assert.Equal(["foo"], rule.Parameters.Required);
        Assert.Equal(TimeSpan.FromSeconds(1), rule.MinWrappingTtl);
        Assert.Equal(TimeSpan.FromSeconds(90), rule.MaxWrappingTtl);
    }

    [Theory]
    [InlineData("path \"a\" { capabilities = [\"reed\"] }\n", "p.hcl:1,28-34: Invalid capability; \"reed\" is not a capability")]
    [InlineData("path \"a\" { policy = \"admin\" }\n", "p.hcl:1,21-28: Invalid policy level; \"admin\" is not a policy level")]
    [InlineData("path \"a\" { capabilities = \"read\" }\n", "p.hcl:1,27-33: Incorrect attribute value type; Inappropriate value for attribute \"capabilities\": a list of strings is required, not string")]
    [InlineData("path \"a\" { capability = [\"read\"] }\n", "p.hcl:1,12-22: Unsupported argument; An argument named \"capability\" is not expected here.")]
    [InlineData("paths \"a\" { capabilities = [\"read\"] }\n", "p.hcl:1,1-6: Unsupported block type")]
    [InlineData("path \"a/+*\" { capabilities = [\"read\"] }\n", "p.hcl:1,6-12: Invalid path")]
    [InlineData("path \"a\" {\n  capabilities = [\"read\"]\n", "p.hcl:1,10-11: Unclosed configuration block")]
    [InlineData("path \"a\" {\n  max_wrapping_ttl = \"soon\"\n}\n", "p.hcl:2,22-28: Invalid duration")]
    [InlineData("path \"a\" {\n  min_wrapping_ttl = 60\n  max_wrapping_ttl = 30\n}\n", "p.hcl:3,22-24: Invalid wrapping TTL")]
    [InlineData("path \"a\" {\n  allowed_parameters = { \"x*\" = [] }\n}\n", "p.hcl:2,24-37: Invalid parameter name")]
    public void Parse_BadPolicy_ReportsWhereAndWhat(string text, string expectedStart)
    {
        var result = PolicyParser.Parse(text, "p.hcl");

        Assert.Null(result.Policy);
        Assert.True(result.ErrorMessages.Any(m => m.StartsWith(expectedStart, StringComparison.Ordinal)), string.Join(Environment.NewLine, result.ErrorMessages));
    }

    [Fact]
    public void Parse_JsonWithUnknownCapability_ReportsThePosition()
    {
        var result = PolicyParser.Parse("{\"path\": {\"a\": {\"capabilities\": [\"read\", \"wrote\"]}}}", "p.json");

        Assert.True(result.ErrorMessages.Any(m => m.StartsWith("p.json:1,42-49: Invalid capability", StringComparison.Ordinal)), string.Join(Environment.NewLine, result.ErrorMessages));
    }

    [Fact]
    public void Parse_DefaultPolicy_Parses()
    {
        var policy = Parse(BuiltInPolicies.DefaultText);

        Assert.Contains(policy.Rules, r => r.Pattern == "auth/token/lookup-self" && r.Capabilities == Capability.Read);
    }

    private static PolicyDocument Parse(string text)
    {
        var result = PolicyParser.Parse(text, "p.hcl");
        Assert.True(result.Policy is not null, string.Join(Environment.NewLine, result.ErrorMessages));
        return result.Policy!;
    }
}
