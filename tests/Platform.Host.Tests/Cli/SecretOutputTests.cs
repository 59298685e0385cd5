using Platform.Host.Cli.Paths;

namespace Platform.Host.Tests.Cli;

/// <summary>Section titles and key=value input as the Vault CLI prints and reads them (cases from Vault's docs).</summary>
public sealed class SecretOutputTests
{
    [Theory]
    [InlineData("Secret Path", "secret/data/creds", "== Secret Path ==")]
    [InlineData("Secret Path", "shared/data/dev/square-api", "======= Secret Path =======")]
    [InlineData("Metadata Path", "secret/metadata/creds", "=== Metadata Path ===")]
    [InlineData("Metadata Path", "shared/metadata/dev/square-api", "======== Metadata Path ========")]
    public void Title_OverAPath_IsCentredToThePathsWidth(string title, string path, string expected) =>
        Assert.Equal(expected, SecretOutput.Title(title, path.Length));

    [Theory]
    [InlineData("Data", new[] { "passcode" }, "====== Data ======")]
    [InlineData("Metadata", new[] { "created_time", "custom_metadata", "deletion_time", "destroyed", "version" }, "======= Metadata =======")]
    [InlineData("Metadata", new[] { "created_time", "deletion_time", "destroyed", "version" }, "====== Metadata ======")]
    [InlineData("Version 1", new[] { "created_time", "deletion_time", "destroyed" }, "====== Version 1 ======")]
    [InlineData("Metadata", new[] { "cas_required", "delete_version_after", "max_versions" }, "========== Metadata ==========")]
    public void Title_OverATable_IsCentredToItsHeaderRow(string title, string[] keys, string expected) =>
        Assert.Equal(expected, SecretOutput.Title(title, SecretOutput.TableWidth(keys.Select(k => (k, "x")))));

    [Fact]
    public void Parse_RepeatedKeyFileAndStdin_CollectsListReadsFileAndInput()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "file-body");
        try
        {
            var data = KeyValueArguments.Parse(["a=1", "a=2", "a=3", $"f=@{file}", "s=-", "eq=x=y"], new StringReader("stdin-body"));

            Assert.Equal("""{"a":["1","2","3"],"f":"file-body","s":"stdin-body","eq":"x=y"}""", data.ToJsonString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("novalue")]
    [InlineData("=value")]
    public void Parse_ArgumentWithoutKey_IsRefused(string argument) =>
        Assert.Throws<FormatException>(() => KeyValueArguments.Parse([argument], new StringReader("")));

    [Fact]
    public void Parse_LoneDash_ReadsAJsonObjectAndRefusesAnythingElse()
    {
        Assert.Equal("""{"n":1}""", KeyValueArguments.Parse(["-"], new StringReader("""{"n":1}""")).ToJsonString());
        Assert.Throws<FormatException>(() => KeyValueArguments.Parse(["-"], new StringReader("[1]")));
        Assert.Throws<FormatException>(() => KeyValueArguments.Parse(["-"], new StringReader("{not json")));
    }
}
