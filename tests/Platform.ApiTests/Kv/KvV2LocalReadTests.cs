using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.ApiTests.Support;
using Platform.Secrets.Grains.Kv;

namespace Platform.ApiTests.Kv;

/// <summary>
/// KV v2 reads answered from the node-local copy the secret grains publish (<see cref="LocalKvSecrets"/>): a read
/// never answers older than an acknowledged change, and time-based rules still apply at the moment of the read.
/// </summary>
public sealed class KvV2LocalReadTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Write_ThenRead_TheSecretIsServedFromThisNodesCopy()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app/db", new { data = new { password = "p1" } });

        var snapshot = (await LocalCopyAsync(server, "app/db"))!;
        var read = await server.Root.ExpectAsync(200, "GET", "secret/data/app/db");

        Assert.Equal(1, snapshot.Read(null, DateTimeOffset.UtcNow)!.Version.Version);
        Assert.Equal("""{"password":"p1"}""", read!["data"]!["data"]!.ToJsonString());
    }

    [Fact]
    public async Task ConcurrentWritersAndReaders_EveryReadAfterAnAcknowledgedWrite_SeesThatVersionOrANewerOne()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/race", new { data = new { writer = -1, round = -1 } });
        using var stop = new CancellationTokenSource();

        // Readers that only read: each must see versions that never go back.
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var last = 0;
            while (!stop.IsCancellationRequested)
            {
                var version = VersionOf(await server.Root.ExpectAsync(200, "GET", "secret/data/race"));
                Assert.True(version >= last, $"a read answered version {version} after one had answered {last}");
                last = version;
            }
        })).ToArray();

        // Writers: the read right after an acknowledged write answers that version (with its data) or a newer one.
        var writers = Enumerable.Range(0, 6).Select(writer => Task.Run(async () =>
        {
            for (var round = 0; round < 25; round++)
            {
                var written = VersionOf(await server.Root.ExpectAsync(200, "PUT", "secret/data/race", new { data = new { writer, round } }));
                var read = await server.Root.ExpectAsync(200, "GET", "secret/data/race");
                var version = read!["data"]!["metadata"]!["version"]!.GetValue<int>();
                Assert.True(version >= written, $"the read after writing version {written} answered version {version}");
                if (version == written)
                {
                    var data = read["data"]!["data"]!;
                    Assert.Equal((writer, round), (data["writer"]!.GetValue<int>(), data["round"]!.GetValue<int>()));
                }
            }
        })).ToArray();

        await Task.WhenAll(writers);
        await stop.CancelAsync();
        await Task.WhenAll(readers);
        var final = await server.Root.ExpectAsync(200, "GET", "secret/data/race");
        Assert.Equal(6 * 25 + 1, final!["data"]!["metadata"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task ReadServedLocally_ThenDeleteDestroyOrDeleteAll_TheNextReadAnswers404()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { v = "one" } });
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { v = "two" } });
        await server.Root.ExpectAsync(200, "GET", "secret/data/app");

        await server.Root.ExpectAsync(204, "DELETE", "secret/data/app");
        var deleted = await server.Root.ExpectAsync(404, "GET", "secret/data/app");
        await server.Root.ExpectAsync(200, "GET", "secret/data/app?version=1");
        await server.Root.ExpectAsync(204, "PUT", "secret/destroy/app", new { versions = new[] { 1 } });
        var destroyed = await server.Root.ExpectAsync(404, "GET", "secret/data/app?version=1");
        await server.Root.ExpectAsync(204, "PUT", "secret/undelete/app", new { versions = new[] { 2 } });
        var undeleted = await server.Root.ExpectAsync(200, "GET", "secret/data/app");
        await server.Root.ExpectAsync(204, "DELETE", "secret/metadata/app");
        var gone = await server.Root.ExpectAsync(404, "GET", "secret/data/app");

        Assert.Null(deleted!["data"]!["data"]);
        Assert.NotEqual("", deleted["data"]!["metadata"]!["deletion_time"]!.GetValue<string>());
        Assert.True(destroyed!["data"]!["metadata"]!["destroyed"]!.GetValue<bool>());
        Assert.Equal("two", undeleted!["data"]!["data"]!["v"]!.GetValue<string>());
        Assert.Equal("""{"errors":[]}""", gone!.ToJsonString());
        Assert.Null(await LocalCopyAsync(server, "app"));
    }

    [Fact]
    public async Task ReadServedLocally_ThenMetadataChanges_TheNextReadShowsThem()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { v = "one" } });
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { v = "two" } });
        await server.Root.ExpectAsync(200, "GET", "secret/data/app?version=1");

        // Vault prunes past a lowered max_versions at the next write, not at the metadata write.
        await server.Root.ExpectAsync(204, "POST", "secret/metadata/app", new { custom_metadata = new { owner = "team-a" }, max_versions = 1 });
        var current = await server.Root.ExpectAsync(200, "GET", "secret/data/app");
        await server.Root.ExpectAsync(200, "GET", "secret/data/app?version=1");
        await server.Root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { v = "three" } });
        var pruned = await server.Root.ExpectAsync(404, "GET", "secret/data/app?version=1");
        var latest = await server.Root.ExpectAsync(200, "GET", "secret/data/app");

        Assert.Equal("""{"owner":"team-a"}""", current!["data"]!["metadata"]!["custom_metadata"]!.ToJsonString());
        Assert.Equal("""{"errors":[]}""", pruned!.ToJsonString());
        Assert.Equal("three", latest!["data"]!["data"]!["v"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteVersionAfter_ClockPassesTheDeletionTime_TheLocalCopyAnswers404WithoutAnyChange()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await TestServerHost.StartAsync(configure: builder => builder.Services.AddSingleton<TimeProvider>(clock));
        var (_, rootToken) = await host.InitializeAndUnsealAsync();
        var root = host.ClientWithToken(rootToken);
        await root.ExpectAsync(204, "POST", "sys/mounts/secret", new { type = "kv", options = new { version = "2" } });
        await root.ExpectAsync(204, "POST", "secret/config", new { delete_version_after = "1m" });
        await root.ExpectAsync(200, "PUT", "secret/data/app", new { data = new { v = "one" } });

        clock.Advance(TimeSpan.FromSeconds(59));
        var before = await root.ExpectAsync(200, "GET", "secret/data/app");
        clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await root.ExpectAsync(404, "GET", "secret/data/app");

        Assert.Equal("one", before!["data"]!["data"]!["v"]!.GetValue<string>());
        Assert.Equal("2026-11-28T07:01:00Z", expired!["data"]!["metadata"]!["deletion_time"]!.GetValue<string>());
        Assert.Null(expired["data"]!["data"]);
        Assert.NotNull(await LocalCopyAsync(host, root, "app"));
    }

    private static int VersionOf(JsonObject? response) =>
        (response!["data"]!["metadata"] ?? response["data"]!)["version"]!.GetValue<int>();

    private static Task<KvSecretSnapshot?> LocalCopyAsync(KvServer server, string path) => LocalCopyAsync(server.Host, server.Root, path);

    private static async Task<KvSecretSnapshot?> LocalCopyAsync(TestServerHost host, HttpClient root, string path)
    {
        var uuid = (await root.ExpectAsync(200, "GET", "sys/mounts/secret"))!["data"]!["uuid"]!.GetValue<string>();
        return host.Services.GetRequiredService<LocalKvSecrets>().Find(KvGrainKey.Of(uuid, path));
    }
}
