using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Kv;

/// <summary>
/// delete_version_after on the server's clock (a fake one): a version reads as deleted once its deletion time has
/// passed, with no write in between, as Vault decides it at read time.
/// </summary>
public sealed class KvV2DeleteVersionAfterTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Read_PastDeleteVersionAfter_AnswersDeletedWithoutAnyWrite()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await StartAsync(clock);
        await server.Client.ExpectAsync(204, "POST", "secret/metadata/app", new { delete_version_after = "1h" });
        var written = await server.Client.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { a = 1 } });

        clock.Advance(TimeSpan.FromMinutes(59));
        await server.Client.ExpectAsync(200, "GET", "secret/data/app");
        await server.Client.ExpectAsync(200, "GET", "secret/subkeys/app");
        clock.Advance(TimeSpan.FromMinutes(2));
        var read = await server.Client.ExpectAsync(404, "GET", "secret/data/app");
        var subkeys = await server.Client.ExpectAsync(404, "GET", "secret/subkeys/app");
        var metadata = await server.Client.ExpectAsync(200, "GET", "secret/metadata/app");

        Assert.Equal("2026-11-28T08:00:00Z", written!["data"]!["deletion_time"]!.GetValue<string>());
        Assert.Null(read!["data"]!["data"]);
        Assert.Equal("2026-11-28T08:00:00Z", read["data"]!["metadata"]!["deletion_time"]!.GetValue<string>());
        Assert.Null(subkeys!["data"]!["subkeys"]);
        Assert.Equal("2026-11-28T08:00:00Z", metadata!["data"]!["versions"]!["1"]!["deletion_time"]!.GetValue<string>());
    }

    [Fact]
    public async Task WriteAndUndelete_MountAndSecretSettings_ShorterWinsAndUndeleteCountsFromThen()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await StartAsync(clock);
        await server.Client.ExpectAsync(204, "POST", "secret/config", new { delete_version_after = "30m" });
        await server.Client.ExpectAsync(204, "POST", "secret/metadata/app", new { delete_version_after = "2h" });
        var written = await server.Client.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { a = 1 } });

        clock.Advance(TimeSpan.FromMinutes(40));
        await server.Client.ExpectAsync(404, "GET", "secret/data/app");
        await server.Client.ExpectAsync(204, "POST", "secret/undelete/app", new { versions = new[] { 1 } });
        var undeleted = await server.Client.ExpectAsync(200, "GET", "secret/data/app");
        clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal("2026-11-28T07:30:00Z", written!["data"]!["deletion_time"]!.GetValue<string>());
        Assert.Equal("2026-11-28T08:10:00Z", undeleted!["data"]!["metadata"]!["deletion_time"]!.GetValue<string>());
        await server.Client.ExpectAsync(404, "GET", "secret/data/app");
    }

    private static async Task<ClockedServer> StartAsync(FakeTimeProvider clock)
    {
        var host = await TestServerHost.StartAsync(configure: builder => builder.Services.AddSingleton<TimeProvider>(clock));
        var (_, root) = await host.InitializeAndUnsealAsync();
        var client = host.ClientWithToken(root);
        await client.ExpectAsync(204, "POST", "sys/mounts/secret", new { type = "kv", options = new { version = "2" } });
        return new ClockedServer(host, client);
    }

    private sealed record ClockedServer(TestServerHost Host, HttpClient Client) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Host.DisposeAsync();
    }
}
