using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.ApiTests.Support;
using Platform.ApiTests.Tokens;
using Platform.Secrets.Domain.Leases;
using Platform.Secrets.Grains.Indexes;
using Platform.Secrets.Grains.Leases;

namespace Platform.ApiTests.Leases;

/// <summary>
/// Expiry by the deadline index and its sweep, on a fake clock: what is revoked is seen through the lease LIST (which
/// reads only the index, never the token, so no use-time check can be what revoked it).
/// </summary>
public sealed class LeaseExpiryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 7, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static Task<TestServerHost> StartWithClockAsync(FakeTimeProvider clock, string? dataDirectory = null) =>
        TestServerHost.StartAsync(dataDirectory, builder => builder.Services.AddSingleton<TimeProvider>(clock));

    [Fact]
    public async Task Expiry_TokenPastItsTtl_RevokedWithoutBeingUsed()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await StartWithClockAsync(clock);
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        var shortLived = await TokenApi.CreateTokenAsync(admin, new { ttl = "90s" });
        var longLived = await TokenApi.CreateTokenAsync(admin, new { ttl = "1h" });

        clock.Advance(TimeSpan.FromSeconds(91));
        await Poll.UntilAsync(
            async () => (await LeaseApi.KeysAsync(admin, "auth/token/create/")).Count == 1,
            Patience, "the expired token's lease to leave the index", () => clock.Advance(TimeSpan.FromSeconds(1)));

        Assert.Equal([LeaseApi.TokenLeaseId(longLived)["auth/token/create/".Length..]], await LeaseApi.KeysAsync(admin, "auth/token/create/"));
        Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(shortLived))).Status);
    }

    [Fact]
    public async Task Sweep_RenewedToken_SurvivesItsFirstDeadline()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await StartWithClockAsync(clock);
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        var token = await TokenApi.CreateTokenAsync(admin, new { ttl = "2m" });
        var renew = await admin.PutAsJsonAsync("/v1/auth/token/renew", new { token, increment = "1h" });
        renew.EnsureSuccessStatusCode();

        // The first deadline's bucket is swept (the sweep asks the token, which answers its new deadline) and cleared.
        var grains = server.Services.GetRequiredService<IGrainFactory>();
        var firstBucket = LeaseExpirySweepGrain.BucketTree(LeaseDeadline.MinuteOf(Start + TimeSpan.FromMinutes(2)));
        await Poll.UntilAsync(
            async () => (await IndexTrie.ReadAllAsync<long>(grains, firstBucket)).Count == 0 && clock.GetUtcNow() > Start + TimeSpan.FromMinutes(5),
            Patience, "the first deadline's bucket to be swept", () => clock.Advance(TimeSpan.FromSeconds(5)));
        Assert.Equal(200, (await TokenApi.LookupSelfAsync(server.ClientWithToken(token))).Status);
        Assert.Single(await LeaseApi.KeysAsync(admin, "auth/token/create/"));
    }

    [Fact]
    public async Task Sweep_AfterRestartPastTheDeadline_RevokesTheOverdueToken()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("platform-apitest-").FullName;
        var clock = new FakeTimeProvider(Start);
        string token;
        string kept;
        IReadOnlyList<string> keys;
        await using (var first = await StartWithClockAsync(clock, dataDirectory))
        {
            string root;
            (keys, root) = await first.InitializeAndUnsealAsync();
            token = await TokenApi.CreateTokenAsync(first.ClientWithToken(root), new { ttl = "10m" });
            kept = root;
        }

        // Down for twenty minutes: no activation, no timer, nothing in memory survives.
        var later = new FakeTimeProvider(Start + TimeSpan.FromMinutes(20));
        await using var second = await StartWithClockAsync(later, dataDirectory);
        (await second.Client.PutAsJsonAsync("/v1/sys/unseal", new { key = keys[0] })).EnsureSuccessStatusCode();
        var admin = second.ClientWithToken(kept);

        await Poll.UntilAsync(
            async () => (await LeaseApi.ListAsync(admin, "auth/token/create/")).Status == 404,
            Patience, "the overdue token to be revoked after the restart", () => later.Advance(TimeSpan.FromSeconds(1)));

        Assert.Equal(403, (await TokenApi.LookupSelfAsync(second.ClientWithToken(token))).Status);
    }
}
