using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Kv;

/// <summary>KV v2 through the HTTP API: versions, CAS, soft delete, undelete, destroy, metadata, config, patch, as Vault prints them.</summary>
public sealed class KvV2ApiTests
{
    private const string Rfc3339Nano = @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$";

    [Fact]
    public async Task WriteThenRead_FirstVersion_HasVaultsShape()
    {
        await using var server = await KvServer.StartAsync();

        var written = await server.Root.ExpectAsync(200, "POST", "secret/data/app", new { data = new { password = "p1", n = 3 } });
        var read = await server.Root.ExpectAsync(200, "GET", "secret/data/app");

        var meta = written!["data"]!.AsObject();
        Assert.Equal(["created_time", "custom_metadata", "deletion_time", "destroyed", "version"], meta.Select(p => p.Key));
        Assert.Matches(Rfc3339Nano, meta["created_time"]!.GetValue<string>());
        Assert.Null(meta["custom_metadata"]);
        Assert.Equal("", meta["deletion_time"]!.GetValue<string>());
        Assert.False(meta["destroyed"]!.GetValue<bool>());
        Assert.Equal(1, meta["version"]!.GetValue<int>());
        Assert.Equal("""{"n":3,"password":"p1"}""", read!["data"]!["data"]!.ToJsonString());
        Assert.Equal(meta.ToJsonString(), read["data"]!["metadata"]!.ToJsonString());
        Assert.Equal(0, read["lease_duration"]!.GetValue<long>());
    }

    [Fact]
    public async Task Read_VersionQuery_ReturnsThatVersionAnd404ForUnknown()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { v = "one" } });
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { v = "two" } });

        var first = await server.Root.ExpectAsync(200, "GET", "secret/data/app?version=1");
        var latest = await server.Root.ExpectAsync(200, "GET", "secret/data/app?version=0");
        var unknown = await server.Root.ExpectAsync(404, "GET", "secret/data/app?version=7");

        Assert.Equal("one", first!["data"]!["data"]!["v"]!.GetValue<string>());
        Assert.Equal("two", latest!["data"]!["data"]!["v"]!.GetValue<string>());
        Assert.Equal("""{"errors":[]}""", unknown!.ToJsonString());
    }

    [Fact]
    public async Task Write_CasMismatchOrMissingWhenRequired_Answers400WithVaultsTexts()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { v = 1 }, options = new { cas = 0 } });

        var stale = await server.Root.ExpectAsync(400, "PUT", "secret/data/app", new { data = new { v = 2 }, options = new { cas = 0 } });
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { v = 2 }, options = new { cas = 1 } });
        await server.Root.ExpectAsync(204, "POST", "secret/metadata/app", new { cas_required = true });
        var missing = await server.Root.ExpectAsync(400, "PUT", "secret/data/app", new { data = new { v = 3 } });

        Assert.Equal("check-and-set parameter did not match the current version", stale.FirstError());
        Assert.Equal("check-and-set parameter required for this call", missing.FirstError());
        var read = await server.Root.ExpectAsync(200, "GET", "secret/data/app");
        Assert.Equal(2, read!["data"]!["metadata"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Write_MountConfigCasRequired_RefusesWritesWithoutCas()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(204, "POST", "secret/config", new { cas_required = true, max_versions = 5, delete_version_after = "1h30m" });

        var config = await server.Root.ExpectAsync(200, "GET", "secret/config");
        var refused = await server.Root.ExpectAsync(400, "PUT", "secret/data/x", new { data = new { v = 1 } });

        Assert.Equal("""{"cas_required":true,"delete_version_after":"1h30m0s","max_versions":5}""", config!["data"]!.ToJsonString());
        Assert.Equal("check-and-set parameter required for this call", refused.FirstError());
    }

    [Fact]
    public async Task DeleteLatest_ThenRead_Answers404WithMetadataAndUndeleteRestores()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { v = "one" } });

        await server.Root.ExpectAsync(204, "DELETE", "secret/data/app");
        var deleted = await server.Root.ExpectAsync(404, "GET", "secret/data/app");
        await server.Root.ExpectAsync(204, "POST", "secret/undelete/app", new { versions = new[] { 1 } });
        var restored = await server.Root.ExpectAsync(200, "GET", "secret/data/app");

        Assert.Null(deleted!["data"]!["data"]);
        Assert.Matches(Rfc3339Nano, deleted["data"]!["metadata"]!["deletion_time"]!.GetValue<string>());
        Assert.False(deleted["data"]!["metadata"]!["destroyed"]!.GetValue<bool>());
        Assert.Equal("one", restored!["data"]!["data"]!["v"]!.GetValue<string>());
        Assert.Equal("", restored["data"]!["metadata"]!["deletion_time"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteAndDestroyVersions_CommaStringOrArray_MarkOnlyThoseVersions()
    {
        await using var server = await KvServer.StartAsync();
        for (var i = 1; i <= 3; i++)
        {
            await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { v = i } });
        }

        await server.Root.ExpectAsync(204, "POST", "secret/delete/app", new { versions = "1,2" });
        await server.Root.ExpectAsync(204, "PUT", "secret/destroy/app", new { versions = new[] { 2 } });
        var missingVersions = await server.Root.ExpectAsync(400, "POST", "secret/destroy/app", new { });
        var metadata = await server.Root.ExpectAsync(200, "GET", "secret/metadata/app");
        var destroyed = await server.Root.ExpectAsync(404, "GET", "secret/data/app?version=2");
        await server.Root.ExpectAsync(204, "POST", "secret/undelete/app", new { versions = new[] { 1, 2 } });

        var versions = metadata!["data"]!["versions"]!;
        Assert.Equal("no version number provided", missingVersions.FirstError());
        Assert.NotEqual("", versions["1"]!["deletion_time"]!.GetValue<string>());
        Assert.True(versions["2"]!["destroyed"]!.GetValue<bool>());
        Assert.Equal("", versions["3"]!["deletion_time"]!.GetValue<string>());
        Assert.True(destroyed!["data"]!["metadata"]!["destroyed"]!.GetValue<bool>());
        Assert.Equal(1, (await server.Root.ExpectAsync(200, "GET", "secret/data/app?version=1"))!["data"]!["data"]!["v"]!.GetValue<int>());
        await server.Root.ExpectAsync(404, "GET", "secret/data/app?version=2");
    }

    [Fact]
    public async Task Metadata_ReadAfterWrites_HasVaultsShapeAndCustomMetadata()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { v = 1 } });

        var before = await server.Root.ExpectAsync(200, "GET", "secret/metadata/app");
        await server.Root.ExpectAsync(204, "POST", "secret/metadata/app", new { custom_metadata = new { owner = "team-a" }, delete_version_after = 3600 });
        var after = await server.Root.ExpectAsync(200, "GET", "secret/metadata/app");
        var read = await server.Root.ExpectAsync(200, "GET", "secret/data/app");

        var data = before!["data"]!.AsObject();
        Assert.Equal(
            ["cas_required", "created_time", "current_version", "custom_metadata", "delete_version_after", "max_versions", "oldest_version", "updated_time", "versions"],
            data.Select(p => p.Key));
        Assert.Null(data["custom_metadata"]);
        Assert.Equal("0s", data["delete_version_after"]!.GetValue<string>());
        Assert.Equal(1, data["current_version"]!.GetValue<int>());
        Assert.Equal(0, data["oldest_version"]!.GetValue<int>());
        Assert.Equal(["1"], data["versions"]!.AsObject().Select(p => p.Key));
        Assert.Equal("""{"owner":"team-a"}""", after!["data"]!["custom_metadata"]!.ToJsonString());
        Assert.Equal("1h0m0s", after["data"]!["delete_version_after"]!.GetValue<string>());
        Assert.Equal("""{"owner":"team-a"}""", read!["data"]!["metadata"]!["custom_metadata"]!.ToJsonString());
    }

    [Fact]
    public async Task ReadAndMetadata_KeysInAnyOrder_ComeBackSortedAsGosEncodingJsonWritesThem()
    {
        await using var server = await KvServer.StartAsync();
        var sent = JsonNode.Parse("""{"zeta":1,"alpha":{"b":2,"a":1},"Mid":[{"y":1,"x":2}],"_u":true,"9":"n","10":"t"}""");
        await server.Root.ExpectAsync(204, "POST", "secret/metadata/app", new { max_versions = 20, custom_metadata = new JsonObject { ["owner"] = "a", ["env"] = "b", ["Team"] = "c" } });
        for (var i = 1; i <= 11; i++)
        {
            await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new JsonObject { ["data"] = sent!.DeepClone() });
        }

        var read = await server.Root.ExpectAsync(200, "GET", "secret/data/app");
        var metadata = await server.Root.ExpectAsync(200, "GET", "secret/metadata/app");

        Assert.Equal("""{"10":"t","9":"n","Mid":[{"x":2,"y":1}],"_u":true,"alpha":{"a":1,"b":2},"zeta":1}""", read!["data"]!["data"]!.ToJsonString());
        Assert.Equal("""{"Team":"c","env":"b","owner":"a"}""", read["data"]!["metadata"]!["custom_metadata"]!.ToJsonString());
        Assert.Equal("""{"Team":"c","env":"b","owner":"a"}""", metadata!["data"]!["custom_metadata"]!.ToJsonString());
        Assert.Equal(["1", "10", "11", "2", "3", "4", "5", "6", "7", "8", "9"], metadata["data"]!["versions"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task MaxVersions_LoweredBelowHistory_PrunesAtTheNextWriteAsVaultDoes()
    {
        await using var server = await KvServer.StartAsync();
        for (var i = 1; i <= 4; i++)
        {
            await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { v = i } });
        }

        await server.Root.ExpectAsync(204, "POST", "secret/metadata/app", new { max_versions = 2 });
        var lowered = await server.Root.ExpectAsync(200, "GET", "secret/metadata/app");
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { v = 5 } });
        var written = await server.Root.ExpectAsync(200, "GET", "secret/metadata/app");

        Assert.Equal(0, lowered!["data"]!["oldest_version"]!.GetValue<int>());
        Assert.Equal(["1", "2", "3", "4"], lowered["data"]!["versions"]!.AsObject().Select(p => p.Key));
        Assert.Equal(4, written!["data"]!["oldest_version"]!.GetValue<int>());
        Assert.Equal(["4", "5"], written["data"]!["versions"]!.AsObject().Select(p => p.Key));
        await server.Root.ExpectAsync(404, "GET", "secret/data/app?version=3");
    }

    [Fact]
    public async Task MaxVersions_MountAndSecretBothSet_TheLargerIsKept()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(204, "POST", "secret/config", new { max_versions = 3 });
        await server.Root.ExpectAsync(204, "POST", "secret/metadata/app", new { max_versions = 2 });
        for (var i = 1; i <= 5; i++)
        {
            await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { v = i } });
        }

        var metadata = await server.Root.ExpectAsync(200, "GET", "secret/metadata/app");

        Assert.Equal(["3", "4", "5"], metadata!["data"]!["versions"]!.AsObject().Select(p => p.Key));
        Assert.Equal(3, metadata["data"]!["oldest_version"]!.GetValue<int>());
    }

    [Fact]
    public async Task MetadataWrite_CasRequiredFalseOnACasMount_Answers200WithVaultsWarning()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(204, "POST", "secret/config", new { cas_required = true });

        var written = await server.Root.ExpectAsync(200, "POST", "secret/metadata/app", new { cas_required = false });
        var patched = await server.Root.MergePatchAsync("secret/metadata/app", """{"cas_required":false}""");

        const string warning = "\"cas_required\" set to false, but is mandated by backend config. This value will be ignored.";
        Assert.Equal(warning, written!["warnings"]![0]!.GetValue<string>());
        Assert.Null(written["data"]);
        Assert.Equal(200, patched.Status);
        Assert.Contains("mandated by backend config", patched.Text, StringComparison.Ordinal);
        await server.Root.ExpectAsync(400, "PUT", "secret/data/app", new { data = new { v = 1 } });
    }

    [Fact]
    public async Task MetadataWrite_NoKnownField_ChangesNothingAndCreatesNoKey()
    {
        await using var server = await KvServer.StartAsync();

        await server.Root.ExpectAsync(204, "POST", "secret/metadata/app", new { unknown = 1 });

        await server.Root.ExpectAsync(404, "GET", "secret/metadata/app");
    }

    [Fact]
    public async Task MetadataListAndDelete_RemoveEveryVersionAndTheListing()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/team/a", new { data = new { v = 1 } });
        await server.Root.ExpectAsync(200, "PUT", "secret/data/team/b/c", new { data = new { v = 1 } });

        var listed = await server.Root.ExpectAsync(200, "LIST", "secret/metadata/team");
        await server.Root.ExpectAsync(204, "DELETE", "secret/metadata/team/a");
        var after = await server.Root.ExpectAsync(200, "GET", "secret/metadata/team?list=true");

        Assert.Equal("""["a","b/"]""", listed!["data"]!["keys"]!.ToJsonString());
        Assert.Equal("""["b/"]""", after!["data"]!["keys"]!.ToJsonString());
        await server.Root.ExpectAsync(404, "GET", "secret/metadata/team/a");
        await server.Root.ExpectAsync(404, "GET", "secret/data/team/a");
    }

    [Fact]
    public async Task Patch_MergePatch_MergesIntoTheCurrentVersion()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { keep = "k", drop = "d", nested = new { a = 1, b = 2 } } });

        var patched = await PatchAsync(server.Root, "secret/data/app", """{"data":{"drop":null,"added":"x","nested":{"b":3}}}""", "application/merge-patch+json");
        var read = await server.Root.ExpectAsync(200, "GET", "secret/data/app");

        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal(2, patched.Body!["data"]!["version"]!.GetValue<int>());
        Assert.Equal("""{"added":"x","keep":"k","nested":{"a":1,"b":3}}""", read!["data"]!["data"]!.ToJsonString());
    }

    [Fact]
    public async Task Patch_WrongContentTypeOrMissingSecret_AnswersVaultsErrors()
    {
        await using var server = await KvServer.StartAsync();

        var wrongType = await PatchAsync(server.Root, "secret/data/app", """{"data":{"a":1}}""", "application/json");
        var missing = await PatchAsync(server.Root, "secret/data/none", """{"data":{"a":1}}""", "application/merge-patch+json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.Status);
        Assert.Equal("PATCH requires Content-Type of application/merge-patch+json, got \"application/json\"", wrongType.Body.FirstError());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Null(missing.Body);
    }

    [Fact]
    public async Task Patch_DeletedCurrentVersion_Answers404WithThatVersionsMetadataAsData()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { a = 1 } });
        await server.Root.ExpectAsync(204, "DELETE", "secret/data/app");

        var patched = await PatchAsync(server.Root, "secret/data/app", """{"data":{"a":2}}""", "application/merge-patch+json");

        Assert.Equal(HttpStatusCode.NotFound, patched.Status);
        var data = patched.Body!["data"]!.AsObject();
        Assert.Equal(["created_time", "custom_metadata", "deletion_time", "destroyed", "version"], data.Select(p => p.Key));
        Assert.Equal(1, data["version"]!.GetValue<int>());
        Assert.NotEqual("", data["deletion_time"]!.GetValue<string>());
        Assert.Equal(1, (await server.Root.ExpectAsync(200, "GET", "secret/metadata/app"))!["data"]!["current_version"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("GET", "secret/app", "get")]
    [InlineData("PUT", "secret/app", "put")]
    [InlineData("LIST", "secret/", "list")]
    public async Task PathWithoutDataPrefix_Answers404WithVaultsWarning(string method, string path, string command)
    {
        await using var server = await KvServer.StartAsync();

        var body = await server.Root.ExpectAsync(404, method, path, method == "PUT" ? new { v = 1 } : null);

        Assert.Equal(
            $"Invalid path for a versioned K/V secrets engine. See the API docs for the appropriate API endpoints to use. If using the Vault CLI, use 'vault kv {command}' for this operation.",
            body!["warnings"]![0]!.GetValue<string>());
    }

    private static async Task<(HttpStatusCode Status, JsonObject? Body)> PatchAsync(HttpClient client, string path, string json, string contentType)
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, "/v1/" + path)
        {
            Content = new StringContent(json, Encoding.UTF8, contentType),
        });
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text)!.AsObject());
    }
}
