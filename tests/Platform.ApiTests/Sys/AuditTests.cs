using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Sys;

/// <summary>The file audit device on a real server: what it writes, that it hashes, and that it blocks when it cannot write.</summary>
public sealed class AuditTests
{
    private const string Marker = "AUDIT-PLAINTEXT-MARKER-7f3a";

    [Fact]
    public async Task Audit_RequestWithTokenAndSecretData_LogHoldsHashesNeverThePlaintext()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        using var client = server.ClientWithToken(root);
        var log = Path.Combine(server.DataDirectory, "audit.log");
        await EnableAsync(client, "file", log);

        var marked = await client.PutAsJsonAsync("/v1/sys/audit-hash/file", new { input = Marker });
        var tokenHash = await HashAsync(client, "file", root);
        var markerHash = await HashAsync(client, "file", Marker);

        marked.EnsureSuccessStatusCode();
        var text = await File.ReadAllTextAsync(log);
        Assert.DoesNotContain(root, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, text, StringComparison.Ordinal);
        Assert.StartsWith("hmac-sha256:", tokenHash, StringComparison.Ordinal);
        var entries = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        var request = entries.First(e => e["type"]!.GetValue<string>() == "request" && e["request"]!["path"]!.GetValue<string>() == "sys/audit-hash/file");
        Assert.Equal(tokenHash, request["request"]!["client_token"]!.GetValue<string>());
        Assert.Equal(tokenHash, request["auth"]!["client_token"]!.GetValue<string>());
        Assert.Equal(markerHash, request["request"]!["data"]!["input"]!.GetValue<string>());
        Assert.Equal("update", request["request"]!["operation"]!.GetValue<string>());
        Assert.Contains("root", request["auth"]!["policies"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Contains(entries, e => e["type"]!.GetValue<string>() == "response" && e["request"]!["path"]!.GetValue<string>() == "sys/audit-hash/file");
    }

    [Fact]
    public async Task Audit_KvV2Reads_ResponseDataIsHashedEveryTime()
    {
        // Reads are answered from the secret's snapshot with an answer encoded once; audit must still see its values.
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        using var client = server.ClientWithToken(root);
        var log = Path.Combine(server.DataDirectory, "audit.log");
        await EnableAsync(client, "file", log);
        await client.ExpectAsync(204, "POST", "sys/mounts/secret", new { type = "kv", options = new { version = "2" } });
        (await client.PostAsJsonAsync("/v1/secret/data/app", new { data = new { password = Marker } })).EnsureSuccessStatusCode();

        for (var i = 0; i < 2; i++)
        {
            (await client.GetAsync("/v1/secret/data/app")).EnsureSuccessStatusCode();
        }

        var markerHash = await HashAsync(client, "file", Marker);
        var text = await File.ReadAllTextAsync(log);
        Assert.DoesNotContain(Marker, text, StringComparison.Ordinal);
        var reads = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!)
            .Where(e => e["type"]!.GetValue<string>() == "response" && e["request"]!["path"]!.GetValue<string>() == "secret/data/app"
                && e["request"]!["operation"]!.GetValue<string>() == "read")
            .ToList();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, read =>
        {
            var body = read["response"]!["data"]!["data"]!;
            Assert.Equal(markerHash, body["data"]!["password"]!.GetValue<string>());
            Assert.Equal(1, body["metadata"]!["version"]!.GetValue<int>());
        });
    }

    [Fact]
    public async Task AuditHash_TwoDevices_HashWithTheirOwnSalts()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        using var client = server.ClientWithToken(root);
        await EnableAsync(client, "one", Path.Combine(server.DataDirectory, "one.log"));
        await EnableAsync(client, "two", Path.Combine(server.DataDirectory, "two.log"));

        var one = await HashAsync(client, "one", Marker);
        var two = await HashAsync(client, "two", Marker);

        Assert.NotEqual(one, two);
        Assert.Equal(one, await HashAsync(client, "one", Marker));
    }

    [Fact]
    public async Task AuditList_Enabled_ShowsTypeOptionsAndNoSalt()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        using var client = server.ClientWithToken(root);
        var log = Path.Combine(server.DataDirectory, "audit.log");
        await EnableAsync(client, "team/file", log);

        var list = await client.GetFromJsonAsync<JsonObject>("/v1/sys/audit");

        var device = list!["data"]!["team/file/"]!;
        Assert.Equal("file", device["type"]!.GetValue<string>());
        Assert.Equal(log, device["options"]!["file_path"]!.GetValue<string>());
        Assert.Equal("file", list["team/file/"]!["type"]!.GetValue<string>());
        Assert.DoesNotContain("salt", list.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AuditEnable_LogRawTrue_IsRefusedWith400()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        using var client = server.ClientWithToken(root);

        var response = await client.PutAsJsonAsync("/v1/sys/audit/file", new { type = "file", options = new { file_path = Path.Combine(server.DataDirectory, "a.log"), log_raw = true } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("log_raw=true is refused", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_OnlyDeviceCannotWrite_RequestsFailAndNothingIsWrittenUntilRepairedAndDisabled()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        using var client = server.ClientWithToken(root);
        var directory = Path.Combine(server.DataDirectory, "logs");
        Directory.CreateDirectory(directory);
        await EnableAsync(client, "file", Path.Combine(directory, "audit.log"));
        // Root ignores permissions: make the directory a plain file, which no process can open a path under.
        Directory.Delete(directory, recursive: true);
        await File.WriteAllTextAsync(directory, "");

        var rotate = await client.PutAsync("/v1/sys/rotate", null);
        var list = await client.GetAsync("/v1/sys/audit");
        File.Delete(directory);
        Directory.CreateDirectory(directory);
        var keyStatus = await client.GetFromJsonAsync<JsonObject>("/v1/sys/key-status");
        var disable = await client.DeleteAsync("/v1/sys/audit/file");
        var afterDisable = await client.PutAsync("/v1/sys/rotate", null);

        Assert.Equal(HttpStatusCode.InternalServerError, rotate.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, list.StatusCode);
        Assert.Equal(1, keyStatus!["data"]!["term"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NoContent, disable.StatusCode);
        Assert.True(afterDisable.IsSuccessStatusCode, $"after disabling, requests are served again ({afterDisable.StatusCode})");
    }

    [Fact]
    public async Task Audit_OneOfTwoDevicesCannotWrite_RequestsSucceedAndTheOtherLogs()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        using var client = server.ClientWithToken(root);
        var broken = Path.Combine(server.DataDirectory, "broken");
        Directory.CreateDirectory(broken);
        var good = Path.Combine(server.DataDirectory, "good.log");
        await EnableAsync(client, "broken", Path.Combine(broken, "audit.log"));
        await EnableAsync(client, "good", good);
        Directory.Delete(broken, recursive: true);
        await File.WriteAllTextAsync(broken, "");
        var before = (await File.ReadAllLinesAsync(good)).Length;

        var rotate = await client.PutAsync("/v1/sys/rotate", null);

        Assert.True(rotate.IsSuccessStatusCode, $"one writable device is enough ({rotate.StatusCode})");
        Assert.Equal(before + 2, (await File.ReadAllLinesAsync(good)).Length);
    }

    [Fact]
    public async Task Audit_EnabledDevice_SurvivesRestartAndKeepsItsSalt()
    {
        var directory = Directory.CreateTempSubdirectory("platform-apitest-").FullName;
        var log = Path.Combine(directory, "audit.log");
        IReadOnlyList<string> keys;
        string root;
        string hashBefore;
        await using (var server = await TestServerHost.StartAsync(directory))
        {
            (keys, root) = await server.InitializeAndUnsealAsync();
            using var client = server.ClientWithToken(root);
            await EnableAsync(client, "file", log);
            hashBefore = await HashAsync(client, "file", Marker);
        }

        var linesBefore = (await File.ReadAllLinesAsync(log)).Length;
        await using var restarted = await TestServerHost.StartAsync(directory);
        (await restarted.Client.PutAsJsonAsync("/v1/sys/unseal", new { key = keys[0] })).EnsureSuccessStatusCode();
        using var again = restarted.ClientWithToken(root);

        var hashAfter = await HashAsync(again, "file", Marker);

        Assert.Equal(hashBefore, hashAfter);
        Assert.True((await File.ReadAllLinesAsync(log)).Length > linesBefore, "requests after the restart are audited");
    }

    private static async Task EnableAsync(HttpClient client, string path, string file)
    {
        var response = await client.PutAsJsonAsync("/v1/sys/audit/" + path, new { type = "file", options = new { file_path = file } });
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"enable {path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<string> HashAsync(HttpClient client, string path, string input)
    {
        var response = await client.PutAsJsonAsync("/v1/sys/audit-hash/" + path, new { input });
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(body["hash"]!.GetValue<string>(), body["data"]!["hash"]!.GetValue<string>());
        return body["hash"]!.GetValue<string>();
    }
}
