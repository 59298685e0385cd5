using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Platform.Secrets.Domain.Audit;

namespace Secrets.Core.Tests.Domain.Audit;

public sealed class AuditEntryWriterTests
{
    private const string Token = "hvs.SECRET-TOKEN-MARKER";
    private const string Accessor = "ACCESSOR-MARKER";
    private static readonly byte[] Salt = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly AuditHmac Hmac = new(Salt);

    [Fact]
    public void Hash_KnownSaltAndInput_IsHmacSha256HexWithVaultPrefix()
    {
        var expected = "hmac-sha256:" + Convert.ToHexStringLower(HMACSHA256.HashData(Salt, Encoding.UTF8.GetBytes("foo")));

        Assert.Equal(expected, Hmac.Hash("foo"));
        Assert.NotEqual(Hmac.Hash("foo"), new AuditHmac(AuditHmac.NewSalt()).Hash("foo"));
    }

    [Fact]
    public void ToJsonLine_SecretsEverywhere_NoPlaintextSecretInTheLine()
    {
        var line = Encoding.UTF8.GetString(AuditEntryWriter.ToJsonLine(Record(), Hmac, hashAccessor: true));

        foreach (var secret in new[] { Token, Accessor, "NESTED-SECRET", "ARRAY-SECRET", "META-SECRET", "RESPONSE-SECRET" })
        {
            Assert.DoesNotContain(secret, line, StringComparison.Ordinal);
        }

        Assert.EndsWith("\n", line, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", line[..^1], StringComparison.Ordinal);
    }

    [Fact]
    public void ToJsonLine_Request_HashesTokensAndDataButKeepsPoliciesPathAndOperation()
    {
        var entry = JsonNode.Parse(AuditEntryWriter.ToJsonLine(Record(), Hmac, hashAccessor: true))!;

        Assert.Equal("response", entry["type"]!.GetValue<string>());
        Assert.Equal(Hmac.Hash(Token), entry["auth"]!["client_token"]!.GetValue<string>());
        Assert.Equal(Hmac.Hash(Accessor), entry["auth"]!["accessor"]!.GetValue<string>());
        Assert.Equal(Hmac.Hash("META-SECRET"), entry["auth"]!["metadata"]!["team"]!.GetValue<string>());
        Assert.Equal(["default", "ops"], entry["auth"]!["policies"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal("token-alice", entry["auth"]!["display_name"]!.GetValue<string>());
        Assert.Equal("update", entry["request"]!["operation"]!.GetValue<string>());
        Assert.Equal("secret/app", entry["request"]!["path"]!.GetValue<string>());
        Assert.Equal(Hmac.Hash(Token), entry["request"]!["client_token"]!.GetValue<string>());
        Assert.Equal(Hmac.Hash("NESTED-SECRET"), entry["request"]!["data"]!["outer"]!["inner"]!.GetValue<string>());
        Assert.Equal(Hmac.Hash("ARRAY-SECRET"), entry["request"]!["data"]!["list"]![1]!.GetValue<string>());
        Assert.Equal(42, entry["request"]!["data"]!["count"]!.GetValue<int>());
        Assert.True(entry["request"]!["data"]!["flag"]!.GetValue<bool>());
        Assert.Equal(Hmac.Hash("RESPONSE-SECRET"), entry["response"]!["data"]!["value"]!.GetValue<string>());
        Assert.Equal("permission denied", entry["error"]!.GetValue<string>());
    }

    [Fact]
    public void ToJsonLine_HmacAccessorOff_LeavesOnlyTheAccessorReadable()
    {
        var entry = JsonNode.Parse(AuditEntryWriter.ToJsonLine(Record(), Hmac, hashAccessor: false))!;

        Assert.Equal(Accessor, entry["auth"]!["accessor"]!.GetValue<string>());
        Assert.Equal(Accessor, entry["request"]!["client_token_accessor"]!.GetValue<string>());
        Assert.Equal(Hmac.Hash(Token), entry["auth"]!["client_token"]!.GetValue<string>());
    }

    [Fact]
    public void ToJsonLine_NoTokenNoData_WritesEmptyStringsAndNulls()
    {
        var record = new AuditRecord("request", DateTimeOffset.UnixEpoch, null,
            new AuditRequest("id-1", "read", null, null, "sys/health", null, "10.0.0.1"), null, "");

        var entry = JsonNode.Parse(AuditEntryWriter.ToJsonLine(record, Hmac, hashAccessor: true))!;

        Assert.Null(entry["auth"]);
        Assert.Equal("", entry["request"]!["client_token"]!.GetValue<string>());
        Assert.True(entry["request"]!.AsObject().TryGetPropertyValue("data", out var data));
        Assert.Null(data);
        Assert.Equal("1970-01-01T00:00:00.0000000Z", entry["time"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("GET", "read")]
    [InlineData("POST", "update")]
    [InlineData("PUT", "update")]
    [InlineData("LIST", "list")]
    [InlineData("DELETE", "delete")]
    public void FromHttpMethod_VaultOperations_AreNamedAsVaultDoes(string method, string expected) =>
        Assert.Equal(expected, AuditOperation.FromHttpMethod(method));

    private static AuditRecord Record()
    {
        var auth = new AuditAuth(Token, Accessor, "token-alice", ["default", "ops"], new Dictionary<string, string> { ["team"] = "META-SECRET" });
        var data = JsonNode.Parse("""{"outer":{"inner":"NESTED-SECRET"},"list":["a","ARRAY-SECRET"],"count":42,"flag":true,"none":null}""");
        return new AuditRecord("response", DateTimeOffset.UtcNow, auth,
            new AuditRequest("req-1", "update", Token, Accessor, "secret/app", data, "127.0.0.1"),
            new AuditResponse(JsonNode.Parse("""{"value":"RESPONSE-SECRET"}"""), null),
            "permission denied");
    }
}
