using Platform.ApiTests.Support;

namespace Platform.ApiTests.Kv;

/// <summary>KV v1 through the HTTP API: Vault's shapes for read, write, delete and LIST.</summary>
public sealed class KvV1ApiTests
{
    [Fact]
    public async Task WriteThenRead_AnyJsonTypes_ReturnsTheObjectWithVaultsRefreshInterval()
    {
        await using var server = await KvServer.StartAsync();

        await server.Root.ExpectAsync(204, "PUT", "kv/app/db", """{"user":"u","port":5432,"tls":true,"tags":["a","b"],"nested":{"x":null}}""");
        var read = await server.Root.ExpectAsync(200, "GET", "kv/app/db");

        // Keys come back sorted, as Go's encoding/json writes Vault's maps.
        Assert.Equal("""{"nested":{"x":null},"port":5432,"tags":["a","b"],"tls":true,"user":"u"}""", read!["data"]!.ToJsonString());
        Assert.Equal(2764800, read["lease_duration"]!.GetValue<long>());
        Assert.Equal("", read["lease_id"]!.GetValue<string>());
        Assert.False(read["renewable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Read_SecretWithTtlKey_ReportsItAsLeaseDuration()
    {
        await using var server = await KvServer.StartAsync();

        await server.Root.ExpectAsync(204, "POST", "kv/short", new { value = "v", ttl = "1h" });
        var read = await server.Root.ExpectAsync(200, "GET", "kv/short");

        Assert.Equal(3600, read!["lease_duration"]!.GetValue<long>());
        Assert.Equal("", read["lease_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Read_Missing_Answers404WithEmptyErrors()
    {
        await using var server = await KvServer.StartAsync();

        var body = await server.Root.ExpectAsync(404, "GET", "kv/nothing");

        Assert.Equal("""{"errors":[]}""", body!.ToJsonString());
    }

    [Fact]
    public async Task Overwrite_ReplacesTheWholeObject()
    {
        await using var server = await KvServer.StartAsync();

        await server.Root.ExpectAsync(204, "PUT", "kv/a", new { one = "1", two = "2" });
        await server.Root.ExpectAsync(204, "PUT", "kv/a", new { three = "3" });

        var read = await server.Root.ExpectAsync(200, "GET", "kv/a");
        Assert.Equal("""{"three":"3"}""", read!["data"]!.ToJsonString());
    }

    [Theory]
    [InlineData("LIST", "kv/team", null)]
    [InlineData("LIST", "kv/team/", null)]
    [InlineData("GET", "kv/team?list=true", null)]
    [InlineData("GET", "kv/team/?list=true", null)]
    public async Task List_EveryForm_ListsSecretsAndFoldersSorted(string method, string path, object? body)
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(204, "PUT", "kv/team/b", new { v = 1 });
        await server.Root.ExpectAsync(204, "PUT", "kv/team/a", new { v = 1 });
        await server.Root.ExpectAsync(204, "PUT", "kv/team/sub/c", new { v = 1 });
        await server.Root.ExpectAsync(204, "PUT", "kv/other", new { v = 1 });

        var listed = await server.Root.ExpectAsync(200, method, path, body);

        Assert.Equal("""["a","b","sub/"]""", listed!["data"]!["keys"]!.ToJsonString());
    }

    [Fact]
    public async Task List_TopOfMount_ListsFirstLevel()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(204, "PUT", "kv/team/a", new { v = 1 });
        await server.Root.ExpectAsync(204, "PUT", "kv/top", new { v = 1 });

        var listed = await server.Root.ExpectAsync(200, "LIST", "kv/");

        Assert.Equal("""["team/","top"]""", listed!["data"]!["keys"]!.ToJsonString());
    }

    [Fact]
    public async Task Delete_LastSecretOfFolders_RemovesThemFromTheirParentsAndListingAnswers404()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(204, "PUT", "kv/a/b/c", new { v = 1 });
        await server.Root.ExpectAsync(204, "PUT", "kv/keep", new { v = 1 });

        await server.Root.ExpectAsync(204, "DELETE", "kv/a/b/c");

        await server.Root.ExpectAsync(404, "GET", "kv/a/b/c");
        await server.Root.ExpectAsync(404, "LIST", "kv/a/b");
        await server.Root.ExpectAsync(404, "LIST", "kv/a");
        var top = await server.Root.ExpectAsync(200, "LIST", "kv");
        Assert.Equal("""["keep"]""", top!["data"]!["keys"]!.ToJsonString());
    }

    [Fact]
    public async Task Delete_Missing_Answers204()
    {
        await using var server = await KvServer.StartAsync();

        await server.Root.ExpectAsync(204, "DELETE", "kv/never-written");
    }
}
