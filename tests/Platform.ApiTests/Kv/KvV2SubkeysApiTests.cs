using System.Text.Json.Nodes;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Kv;

/// <summary>KV v2 <c>subkeys/PATH</c> as Vault answers it: the keys of a version with null for every value.</summary>
public sealed class KvV2SubkeysApiTests
{
    private static readonly object Nested = new JsonObject
    {
        ["foo"] = "abc",
        ["bar"] = new JsonObject { ["qux"] = new JsonObject(), ["baz"] = new JsonObject { ["deep"] = "secret" } },
        ["list"] = new JsonArray(1, 2),
    };

    [Fact]
    public async Task Read_NestedSecret_AnswersEveryKeyWithNullLeavesAndTheVersionsMetadata()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = Nested });

        var subkeys = await server.Root.ExpectAsync(200, "GET", "secret/subkeys/app");
        var read = await server.Root.ExpectAsync(200, "GET", "secret/data/app");

        var data = subkeys!["data"]!.AsObject();
        Assert.Equal(["metadata", "subkeys"], data.Select(p => p.Key));
        Assert.Equal("""{"bar":{"baz":{"deep":null},"qux":null},"foo":null,"list":null}""", data["subkeys"]!.ToJsonString());
        Assert.Equal(read!["data"]!["metadata"]!.ToJsonString(), data["metadata"]!.ToJsonString());
        Assert.DoesNotContain("secret", data["subkeys"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_DepthAndVersion_LimitTheTreeAndPickTheVersion()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = Nested });
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { only = "v2" } });

        var depthOne = await server.Root.ExpectAsync(200, "GET", "secret/subkeys/app?version=1&depth=1");
        var depthTwo = await server.Root.ExpectAsync(200, "GET", "secret/subkeys/app?version=1&depth=2");
        var current = await server.Root.ExpectAsync(200, "GET", "secret/subkeys/app?version=0");

        Assert.Equal("""{"bar":null,"foo":null,"list":null}""", depthOne!["data"]!["subkeys"]!.ToJsonString());
        Assert.Equal(1, depthOne["data"]!["metadata"]!["version"]!.GetValue<int>());
        Assert.Equal("""{"bar":{"baz":null,"qux":null},"foo":null,"list":null}""", depthTwo!["data"]!["subkeys"]!.ToJsonString());
        Assert.Equal("""{"only":null}""", current!["data"]!["subkeys"]!.ToJsonString());
    }

    [Fact]
    public async Task Read_MissingSecretOrVersion_Answers404WithEmptyErrors()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { a = 1 } });

        var missing = await server.Root.ExpectAsync(404, "GET", "secret/subkeys/none");
        var unknownVersion = await server.Root.ExpectAsync(404, "GET", "secret/subkeys/app?version=9");

        Assert.Equal("""{"errors":[]}""", missing!.ToJsonString());
        Assert.Equal("""{"errors":[]}""", unknownVersion!.ToJsonString());
    }

    [Fact]
    public async Task Read_DeletedVersion_Answers404WithNullSubkeysAndItsMetadata()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { a = 1 } });
        await server.Root.ExpectAsync(204, "DELETE", "secret/data/app");

        var deleted = await server.Root.ExpectAsync(404, "GET", "secret/subkeys/app");

        Assert.Null(deleted!["data"]!["subkeys"]);
        Assert.NotEqual("", deleted["data"]!["metadata"]!["deletion_time"]!.GetValue<string>());
    }

    [Fact]
    public async Task Read_PolicyOnSubkeysOnly_ReadsTheShapeButNotTheData()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { password = "p" } });
        var shapeOnly = server.ClientWithToken(await server.Root.TokenWithPolicyAsync("shape", """path "secret/subkeys/app" { capabilities = ["read"] }"""));
        var dataOnly = server.ClientWithToken(await server.Root.TokenWithPolicyAsync("data", """path "secret/data/app" { capabilities = ["read"] }"""));

        Assert.Equal("""{"password":null}""", (await shapeOnly.ExpectAsync(200, "GET", "secret/subkeys/app"))!["data"]!["subkeys"]!.ToJsonString());
        await shapeOnly.ExpectAsync(403, "GET", "secret/data/app");
        await dataOnly.ExpectAsync(403, "GET", "secret/subkeys/app");
    }

    [Fact]
    public async Task Write_SubkeysPath_Answers405UnsupportedOperation()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { a = 1 } });

        var refused = await server.Root.ExpectAsync(405, "PUT", "secret/subkeys/app", new { a = 2 });

        Assert.Equal("unsupported operation", refused.FirstError());
    }
}
