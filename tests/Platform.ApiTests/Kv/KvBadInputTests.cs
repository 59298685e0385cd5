using System.Net.Http.Json;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Kv;

/// <summary>Bad input to the KV engines: each a clear 4xx, and nothing is stored.</summary>
public sealed class KvBadInputTests
{
    [Theory]
    [InlineData("/v1/kv/a/../b")]
    [InlineData("/v1/kv/a/%2e%2e/b")]
    [InlineData("/v1/kv/./b")]
    [InlineData("/v1/secret/data/a/../../kv/b")]
    public async Task Write_DotSegmentsSentRaw_Answers400AndStoresNothing(string target)
    {
        await using var server = await ListeningServerHost.StartAsync();
        using var root = new HttpClient { BaseAddress = new Uri(server.Address) };
        root.DefaultRequestHeaders.Add("X-Vault-Token", server.RootToken);
        await root.ExpectAsync(204, "POST", "sys/mounts/kv", new { type = "kv" });
        await root.ExpectAsync(204, "POST", "sys/mounts/secret", new { type = "kv-v2" });

        var status = await RawHttp.SendAsync(server.Address, "PUT", target, server.RootToken, """{"data":{"v":"x"},"v":"x"}""");

        Assert.Equal(400, status);
        await root.ExpectAsync(404, "LIST", "kv/");
        await root.ExpectAsync(404, "LIST", "secret/metadata/");
    }

    [Theory]
    [InlineData("/v1/kv/a%00b")]
    [InlineData("/v1/kv/a%01")]
    [InlineData("/v1/kv/a%0a/b")]
    [InlineData("/v1/secret/data/x%00")]
    public async Task Write_ControlCharacterInPathSentRaw_Answers400AndStoresNothing(string target)
    {
        await using var server = await ListeningServerHost.StartAsync();
        using var root = new HttpClient { BaseAddress = new Uri(server.Address) };
        root.DefaultRequestHeaders.Add("X-Vault-Token", server.RootToken);
        await root.ExpectAsync(204, "POST", "sys/mounts/kv", new { type = "kv" });
        await root.ExpectAsync(204, "POST", "sys/mounts/secret", new { type = "kv-v2" });

        var status = await RawHttp.SendAsync(server.Address, "PUT", target, server.RootToken, """{"data":{"v":"x"},"v":"x"}""");

        Assert.Equal(400, status);
        await root.ExpectAsync(404, "LIST", "kv/");
        await root.ExpectAsync(404, "LIST", "secret/metadata/");
    }

    [Fact]
    public async Task Write_ControlCharacterInPathThroughTestServer_Answers400()
    {
        await using var server = await KvServer.StartAsync();

        var body = await server.Root.ExpectAsync(400, "PUT", "kv/a%01", new { v = 1 });

        Assert.Contains("control characters", body.FirstError());
        await server.Root.ExpectAsync(404, "LIST", "kv/");
    }

    [Theory]
    [InlineData("kv/app", "{\"v\": ")]
    [InlineData("kv/app", "[1,2]")]
    [InlineData("kv/app", "\"text\"")]
    [InlineData("secret/data/app", "{\"data\": [1]}")]
    [InlineData("secret/data/app", "{\"data\": \"x\"}")]
    [InlineData("secret/data/app", "{\"options\": {\"cas\": 0}}")]
    [InlineData("secret/data/app", "{\"data\": {}, \"options\": {\"cas\": \"x\"}}")]
    [InlineData("secret/data/app", "{\"data\": {}, \"options\": [1]}")]
    public async Task Write_MalformedOrNonObjectJson_Answers400AndStoresNothing(string path, string json)
    {
        await using var server = await KvServer.StartAsync();

        var body = await server.Root.ExpectAsync(400, "PUT", path, json);

        Assert.NotEqual("", body.FirstError());
        await server.Root.ExpectAsync(404, "GET", path);
        await server.Root.ExpectAsync(404, "LIST", path.StartsWith("kv", StringComparison.Ordinal) ? "kv/" : "secret/metadata/");
    }

    [Theory]
    [InlineData("kv/big")]
    [InlineData("secret/data/big")]
    public async Task Write_ValueOverOneMebibyte_Answers413AndStoresNothing(string path)
    {
        await using var server = await KvServer.StartAsync();
        var value = new string('x', 1024 * 1024 + 10);
        object body = path.StartsWith("kv", StringComparison.Ordinal) ? new { value } : new { data = new { value } };

        var answer = await server.Root.ExpectAsync(413, "PUT", path, body);

        Assert.Contains("at most 1048576 bytes", answer.FirstError());
        await server.Root.ExpectAsync(404, "GET", path);
        await server.Root.ExpectAsync(404, "LIST", path.StartsWith("kv", StringComparison.Ordinal) ? "kv/" : "secret/metadata/");
    }

    [Fact]
    public async Task Write_HistoryOverEightMebibytes_Answers413AndKeepsEarlierVersions()
    {
        await using var server = await KvServer.StartAsync();
        var value = new string('y', 1000 * 1000);
        for (var i = 1; i <= 8; i++)
        {
            await server.Root.ExpectAsync(200, "PUT", "secret/data/big", new { data = new { value } });
        }

        var answer = await server.Root.ExpectAsync(413, "PUT", "secret/data/big", new { data = new { value } });

        Assert.Contains("lower max_versions", answer.FirstError());
        var metadata = await server.Root.ExpectAsync(200, "GET", "secret/metadata/big");
        Assert.Equal(8, metadata!["data"]!["current_version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Write_BodyOverKestrelsLimit_Answers413()
    {
        await using var server = await ListeningServerHost.StartAsync();
        using var root = new HttpClient { BaseAddress = new Uri(server.Address) };
        root.DefaultRequestHeaders.Add("X-Vault-Token", server.RootToken);
        await root.ExpectAsync(204, "POST", "sys/mounts/kv", new { type = "kv" });

        var response = await root.PutAsJsonAsync("/v1/kv/huge", new { value = new string('z', 33 * 1024 * 1024) });

        Assert.Equal(413, (int)response.StatusCode);
        await root.ExpectAsync(404, "GET", "kv/huge");
    }
}
