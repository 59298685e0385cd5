using System.Text.Json.Nodes;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Kv;

/// <summary>KV v2 <c>PATCH metadata/PATH</c> (JSON merge patch) as Vault answers it.</summary>
public sealed class KvV2MetadataPatchApiTests
{
    [Fact]
    public async Task Patch_SomeFields_ChangesThemMergesCustomMetadataAndKeepsTheRest()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { a = 1 } });
        await server.Root.ExpectAsync(204, "POST", "secret/metadata/app", new
        {
            max_versions = 5,
            cas_required = true,
            custom_metadata = new JsonObject { ["owner"] = "a", ["drop"] = "x" },
        });

        var (status, text) = await server.Root.MergePatchAsync(
            "secret/metadata/app", """{"delete_version_after":"1h","custom_metadata":{"drop":null,"env":"prod"},"unknown":1}""");
        var metadata = (await server.Root.ExpectAsync(200, "GET", "secret/metadata/app"))!["data"]!;

        Assert.Equal((204, ""), (status, text));
        Assert.Equal(5, metadata["max_versions"]!.GetValue<int>());
        Assert.True(metadata["cas_required"]!.GetValue<bool>());
        Assert.Equal("1h0m0s", metadata["delete_version_after"]!.GetValue<string>());
        Assert.Equal("""{"env":"prod","owner":"a"}""", metadata["custom_metadata"]!.ToJsonString());
        Assert.Equal(1, metadata["current_version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Patch_NullTopLevelFields_ResetNumbersAndFlagsButNotDurationsOrMaps()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(204, "POST", "secret/metadata/app", new
        {
            max_versions = 5,
            cas_required = true,
            delete_version_after = "30m",
            custom_metadata = new { owner = "a" },
        });

        var (status, _) = await server.Root.MergePatchAsync(
            "secret/metadata/app", """{"max_versions":null,"cas_required":null,"delete_version_after":null,"custom_metadata":null}""");
        var metadata = (await server.Root.ExpectAsync(200, "GET", "secret/metadata/app"))!["data"]!;

        Assert.Equal(204, status);
        Assert.Equal(0, metadata["max_versions"]!.GetValue<int>());
        Assert.False(metadata["cas_required"]!.GetValue<bool>());
        Assert.Equal("30m0s", metadata["delete_version_after"]!.GetValue<string>());
        Assert.Equal("""{"owner":"a"}""", metadata["custom_metadata"]!.ToJsonString());
    }

    [Fact]
    public async Task Patch_MissingSecret_Answers404WithAnEmptyBodyAndCreatesNothing()
    {
        await using var server = await KvServer.StartAsync();

        var (status, text) = await server.Root.MergePatchAsync("secret/metadata/none", """{"max_versions":3}""");

        Assert.Equal((404, ""), (status, text));
        await server.Root.ExpectAsync(404, "GET", "secret/metadata/none");
    }

    [Fact]
    public async Task Patch_WrongContentTypeOrListInCustomMetadata_Answers4xxAndChangesNothing()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(204, "POST", "secret/metadata/app", new { max_versions = 5 });

        var wrongType = await server.Root.MergePatchAsync("secret/metadata/app", """{"max_versions":1}""", "application/json");
        var badValue = await server.Root.MergePatchAsync("secret/metadata/app", """{"max_versions":1,"custom_metadata":{"n":[1]}}""");

        Assert.Equal(415, wrongType.Status);
        Assert.Equal(400, badValue.Status);
        Assert.Contains("custom_metadata", badValue.Text, StringComparison.Ordinal);
        Assert.Equal(5, (await server.Root.ExpectAsync(200, "GET", "secret/metadata/app"))!["data"]!["max_versions"]!.GetValue<int>());
    }

    [Fact]
    public async Task WriteAndPatch_NumbersAndBooleansInCustomMetadata_StoredAsVaultsWeakStrings()
    {
        await using var server = await KvServer.StartAsync();

        await server.Root.ExpectAsync(204, "POST", "secret/metadata/app", """{"custom_metadata":{"n":1.50,"yes":true,"s":"x"}}""");
        var (status, _) = await server.Root.MergePatchAsync("secret/metadata/app", """{"custom_metadata":{"no":false,"s":null}}""");
        var metadata = (await server.Root.ExpectAsync(200, "GET", "secret/metadata/app"))!["data"]!;

        Assert.Equal(204, status);
        Assert.Equal("""{"n":"1.50","no":"0","yes":"1"}""", metadata["custom_metadata"]!.ToJsonString());
    }

    [Fact]
    public async Task WriteAndPatch_EmptyCustomMetadataValue_Answers400WithVaultsMultierrorText()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(204, "POST", "secret/metadata/app", new { max_versions = 5 });

        var written = await server.Root.ExpectAsync(400, "POST", "secret/metadata/app", """{"custom_metadata":{"k":""}}""");
        var patched = await server.Root.MergePatchAsync("secret/metadata/app", """{"custom_metadata":{"k":""}}""");

        const string expected = "1 error occurred:\n\t* custom_metadata validation failed: length of value for key \"k\" is 0 but must be 0 < len(value) <= 512\n\n";
        Assert.Equal(expected, written.FirstError());
        Assert.Equal((400, expected), (patched.Status, JsonNode.Parse(patched.Text)!.AsObject().FirstError()));
    }

    [Fact]
    public async Task Patch_PolicyCapabilities_NeedPatchOnTheMetadataPath()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(204, "POST", "secret/metadata/app", new { max_versions = 5 });
        var patcher = server.ClientWithToken(await server.Root.TokenWithPolicyAsync("patcher", """path "secret/metadata/app" { capabilities = ["patch"] }"""));
        var updater = server.ClientWithToken(await server.Root.TokenWithPolicyAsync("updater", """path "secret/metadata/app" { capabilities = ["update", "read"] }"""));
        var dataPatcher = server.ClientWithToken(await server.Root.TokenWithPolicyAsync("data-patcher", """path "secret/data/app" { capabilities = ["patch"] }"""));

        Assert.Equal(204, (await patcher.MergePatchAsync("secret/metadata/app", """{"max_versions":2}""")).Status);
        Assert.Equal(403, (await updater.MergePatchAsync("secret/metadata/app", """{"max_versions":3}""")).Status);
        Assert.Equal(403, (await dataPatcher.MergePatchAsync("secret/metadata/app", """{"max_versions":4}""")).Status);
        Assert.Equal(2, (await server.Root.ExpectAsync(200, "GET", "secret/metadata/app"))!["data"]!["max_versions"]!.GetValue<int>());
    }
}
