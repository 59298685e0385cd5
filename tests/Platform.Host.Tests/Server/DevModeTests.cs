using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Server;

/// <summary><c>server -dev</c>: initialised and unsealed on its own, with the banner <c>vault server -dev</c> prints.</summary>
public sealed class DevModeTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Dev_FreshDataDirectory_PrintsTheKeyAndTheRootTokenWhichWorks()
    {
        var banner = new LogCapture();
        await using var server = await RunningServer.StartAsync(settings => settings with { DevMode = true, BannerOutput = banner.Writer });

        var text = await WaitForAsync(banner, "Root Token: ");
        var rootToken = System.Text.RegularExpressions.Regex.Match(text, @"Root Token: (\S+)").Groups[1].Value;
        using var client = new HttpClient { BaseAddress = new Uri(server.Address) };
        client.DefaultRequestHeaders.Add("X-Vault-Token", rootToken);
        var status = await server.Client.GetFromJsonAsync<JsonObject>("/v1/sys/seal-status");
        var keyStatus = await client.GetAsync("/v1/sys/key-status");

        Assert.Contains("WARNING! dev mode is enabled!", text);
        Assert.Matches(@"Unseal Key: [A-Za-z0-9+/]{43}=", text);
        Assert.Contains("export PLATFORM_ADDR='http://", text);
        Assert.False(status!["sealed"]!.GetValue<bool>());
        Assert.Equal(1, status["n"]!.GetValue<int>());
        Assert.True(keyStatus.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Dev_RootTokenIdGiven_UsesIt()
    {
        var banner = new LogCapture();
        await using var server = await RunningServer.StartAsync(settings => settings with { DevMode = true, DevRootTokenId = "dev-root", BannerOutput = banner.Writer });

        var text = await WaitForAsync(banner, "Root Token: ");
        using var client = new HttpClient { BaseAddress = new Uri(server.Address) };
        client.DefaultRequestHeaders.Add("X-Vault-Token", "dev-root");
        var keyStatus = await client.GetAsync("/v1/sys/key-status");

        Assert.Contains("Root Token: dev-root", text);
        Assert.True(keyStatus.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Dev_FreshDataDirectory_MountsKvVersion2AtSecret()
    {
        var banner = new LogCapture();
        await using var server = await RunningServer.StartAsync(settings => settings with { DevMode = true, DevRootTokenId = "dev-root", BannerOutput = banner.Writer });
        await WaitForAsync(banner, "Root Token: ");
        using var client = new HttpClient { BaseAddress = new Uri(server.Address) };
        client.DefaultRequestHeaders.Add("X-Vault-Token", "dev-root");

        var mounts = await client.GetFromJsonAsync<JsonObject>("/v1/sys/mounts");
        var write = await client.PutAsJsonAsync("/v1/secret/data/hello", new { data = new { foo = "bar" } });

        var secret = mounts!["data"]!["secret/"]!;
        Assert.Equal("kv", secret["type"]!.GetValue<string>());
        Assert.Equal("2", secret["options"]!["version"]!.GetValue<string>());
        Assert.Equal("key/value secret storage", secret["description"]!.GetValue<string>());
        Assert.True(write.IsSuccessStatusCode, await write.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dev_AlreadyInitialisedDataDirectory_SaysSoAndStaysSealed()
    {
        string dataDirectory;
        await using (var first = await RunningServer.StartAsync(settings => settings with { DevMode = true, BannerOutput = new LogCapture().Writer }))
        {
            dataDirectory = first.DataDirectory;
            await WaitForUnsealedAsync(first);
        }

        var banner = new LogCapture();
        await using var second = await RunningServer.StartAsync(settings => settings with { DevMode = true, BannerOutput = banner.Writer }, dataDirectory: dataDirectory);

        var text = await WaitForAsync(banner, "already initialised");
        var status = await second.Client.GetFromJsonAsync<JsonObject>("/v1/sys/seal-status");

        Assert.Contains(dataDirectory, text);
        Assert.Contains("start with a fresh -data-dir", text);
        Assert.DoesNotContain("Root Token:", text);
        Assert.True(status!["sealed"]!.GetValue<bool>());
    }

    private static async Task<string> WaitForAsync(LogCapture output, string expected)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (!output.Text.Contains(expected, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"'{expected}' did not appear within {Deadline}; got:\n{output.Text}");
            await Task.Delay(20);
        }

        return output.Text;
    }

    private static async Task WaitForUnsealedAsync(RunningServer server)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while ((await server.Client.GetFromJsonAsync<JsonObject>("/v1/sys/seal-status"))!["sealed"]!.GetValue<bool>())
        {
            Assert.True(DateTime.UtcNow < deadline, $"the dev server did not unseal within {Deadline}");
        }
    }
}
