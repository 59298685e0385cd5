using System.Text;
using System.Text.Json.Nodes;
using Platform.Kernel.Errors;
using Platform.Secrets.Domain.Kv;

namespace Secrets.Core.Tests.Domain.Kv;

public sealed class KvFormatTests
{
    [Theory]
    [InlineData(0, "2026-11-28T10:00:00Z")]
    [InlineData(1, "2026-11-28T10:00:00.0000001Z")]
    [InlineData(1_234_500, "2026-11-28T10:00:00.12345Z")]
    [InlineData(5_000_000, "2026-11-28T10:00:00.5Z")]
    public void Format_Fractions_TrimsTrailingZerosAsGoRfc3339Nano(long ticks, string expected)
    {
        var time = new DateTimeOffset(2026, 11, 28, 11, 0, 0, TimeSpan.FromHours(1)).AddTicks(ticks);

        Assert.Equal(expected, KvTime.Format(time));
    }

    [Fact]
    public void FormatOptional_None_IsEmptyString() => Assert.Equal("", KvTime.FormatOptional(null));

    [Theory]
    [InlineData("""{"a":1,"b":{"c":2,"d":3}}""", """{"b":{"c":null,"e":4},"f":[1]}""", """{"a":1,"b":{"d":3,"e":4},"f":[1]}""")]
    [InlineData("""{"a":[1,2]}""", """{"a":[3]}""", """{"a":[3]}""")]
    [InlineData("""{"a":"x"}""", """{"a":{"b":null}}""", """{"a":{}}""")]
    public void Apply_Rfc7386Cases_MergesRemovesAndReplaces(string target, string patch, string expected)
    {
        var result = JsonMergePatch.Apply(JsonNode.Parse(target), JsonNode.Parse(patch));

        Assert.Equal(expected, result!.ToJsonString());
    }

    [Theory]
    [InlineData("a", "", "a")]
    [InlineData("team/app/db", "team/app/", "db")]
    public void Parse_SecretPath_SplitsFolderAndName(string path, string folder, string name) =>
        Assert.Equal(new KvKeyPath(folder, name), KvKeyPath.Parse(path));

    [Theory]
    [InlineData("")]
    [InlineData("a/")]
    [InlineData("/a")]
    [InlineData("a//b")]
    public void Parse_EmptyOrFolderPath_Throws(string path) =>
        Assert.Throws<ValidationException>(() => KvKeyPath.Parse(path));

    [Theory]
    [InlineData("a/", "", "a/")]
    [InlineData("a/b/", "a/", "b/")]
    public void ParentOf_Folder_NamesItInItsParent(string folder, string parent, string entry) =>
        Assert.Equal((parent, entry), KvKeyPath.ParentOf(folder));

    [Fact]
    public void ParentOf_Top_IsNull() => Assert.Null(KvKeyPath.ParentOf(""));

    [Fact]
    public void Write_ValueOverLimit_ThrowsPayloadTooLarge()
    {
        var history = KvSecretHistory.Empty(DateTimeOffset.UnixEpoch);

        Assert.Throws<PayloadTooLargeException>(() => history.Write(new byte[KvLimits.MaxValueBytes + 1], null, new KvMountSettings(), DateTimeOffset.UnixEpoch));
        Assert.Equal(0, history.CurrentVersion);
    }

    [Fact]
    public void Write_UpToMaxVersions_OldestVersionMovesWhenTheWindowFillsAsInVault()
    {
        var history = KvSecretHistory.Empty(DateTimeOffset.UnixEpoch);
        var mount = new KvMountSettings(MaxVersions: 2);

        history.Write(Encoding.UTF8.GetBytes("{}"), null, mount, DateTimeOffset.UnixEpoch);
        var belowTheLimit = history.OldestVersion;
        history.Write(Encoding.UTF8.GetBytes("{}"), null, mount, DateTimeOffset.UnixEpoch);
        var windowFull = history.OldestVersion;
        history.Write(Encoding.UTF8.GetBytes("{}"), null, mount, DateTimeOffset.UnixEpoch);

        // Vault's AddVersion: once current - oldest reaches max_versions, oldest becomes current - max + 1 (here 1,
        // though version 0 never existed), then versions below it are dropped.
        Assert.Equal((0, 1, 2), (belowTheLimit, windowFull, history.OldestVersion));
        Assert.Equal([2, 3], history.Versions.Select(v => v.Number));
    }
}
