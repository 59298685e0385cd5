using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Tokens;

public sealed class TokenExpiryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 7, 0, 0, TimeSpan.Zero);

    private static Task<TestServerHost> StartWithClockAsync(FakeTimeProvider clock, string? dataDirectory = null) =>
        TestServerHost.StartAsync(dataDirectory, builder => builder.Services.AddSingleton<TimeProvider>(clock));

    [Fact]
    public async Task Use_AtTheExactExpiry_Refused()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await StartWithClockAsync(clock);
        var (_, root) = await server.InitializeAndUnsealAsync();
        var token = server.ClientWithToken(await TokenApi.CreateTokenAsync(server.ClientWithToken(root), new { ttl = 60 }));

        clock.Advance(TimeSpan.FromSeconds(59));
        var before = await TokenApi.LookupSelfAsync(token);
        clock.Advance(TimeSpan.FromSeconds(1));
        var at = await TokenApi.LookupSelfAsync(token);

        Assert.Equal((200, 1L), (before.Status, before.Body["data"]!["ttl"]!.GetValue<long>()));
        Assert.Equal(403, at.Status);
    }

    [Fact]
    public async Task Expiry_ActiveTokensNobodyUsesAgain_EachRevokedAtItsOwnDeadline()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await StartWithClockAsync(clock);
        var (_, root) = await server.InitializeAndUnsealAsync();
        var rootClient = server.ClientWithToken(root);
        var early = await TokenApi.CreateAsync(rootClient, new { ttl = 30 });
        var late = await TokenApi.CreateAsync(rootClient, new { ttl = 90 });
        var renewed = await TokenApi.CreateAsync(rootClient, new { ttl = 30 });
        Assert.Equal(200, await TokenApi.PostAsync(rootClient, "auth/token/renew", new { token = renewed["client_token"]!.GetValue<string>(), increment = 120 }));
        foreach (var token in new[] { early, late })
        {
            // A new token's grain activates on its first use (create stores it without activating it).
            Assert.Equal(200, (await TokenApi.LookupSelfAsync(server.ClientWithToken(token["client_token"]!.GetValue<string>()))).Status);
        }

        async Task<bool> Listed(JsonObject token) => (await rootClient.GetStringAsync("/v1/auth/token/accessors?list=true")).Contains(token["accessor"]!.GetValue<string>());

        // Well before the expiry sweep's minute buckets come due: only the tokens' own alarms act this early.
        clock.Advance(TimeSpan.FromSeconds(30));
        await Poll.UntilAsync(async () => !await Listed(early), TimeSpan.FromSeconds(10), "the 30 s token's revocation");
        Assert.True(await Listed(late));
        Assert.True(await Listed(renewed));
        clock.Advance(TimeSpan.FromSeconds(60));
        await Poll.UntilAsync(async () => !await Listed(late), TimeSpan.FromSeconds(10), "the 90 s token's revocation");
        Assert.True(await Listed(renewed));
    }

    [Fact]
    public async Task Create_ChildAskingMoreThanItsParentHas_ExpiresWithTheParent()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await StartWithClockAsync(clock);
        var (_, root) = await server.InitializeAndUnsealAsync();
        var parent = await TokenApi.CreateTokenAsync(server.ClientWithToken(root), new { ttl = "2m" });

        var child = await TokenApi.CreateAsync(server.ClientWithToken(parent), new { ttl = "1h" });
        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(120, child["lease_duration"]!.GetValue<long>());
        Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(child["client_token"]!.GetValue<string>()))).Status);
    }

    [Fact]
    public async Task RenewSelf_Increment_ExtendsFromNow()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await StartWithClockAsync(clock);
        var (_, root) = await server.InitializeAndUnsealAsync();
        var token = server.ClientWithToken(await TokenApi.CreateTokenAsync(server.ClientWithToken(root), new { ttl = "1h" }));
        clock.Advance(TimeSpan.FromMinutes(50));

        var response = await token.PostAsJsonAsync("/v1/auth/token/renew-self", new { increment = "2h" });
        clock.Advance(TimeSpan.FromMinutes(100));

        var auth = (await response.Content.ReadFromJsonAsync<JsonObject>())!["auth"]!;
        Assert.Equal(7200, auth["lease_duration"]!.GetValue<long>());
        var (status, lookup) = await TokenApi.LookupSelfAsync(token);
        Assert.Equal((200, 1200L), (status, lookup["data"]!["ttl"]!.GetValue<long>()));
        Assert.NotNull(lookup["data"]!["last_renewal_time"]);
    }

    [Fact]
    public async Task Renew_RootToken_Answers400NotRenewable()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();

        var response = await server.ClientWithToken(root).PostAsJsonAsync("/v1/auth/token/renew", new { token = root });

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("lease is not renewable", (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Expiry_AfterRestartOnTheSameData_StillEnforced()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("platform-apitest-").FullName;
        var clock = new FakeTimeProvider(Start);
        string token;
        IReadOnlyList<string> keys;
        await using (var first = await StartWithClockAsync(clock, dataDirectory))
        {
            string root;
            (keys, root) = await first.InitializeAndUnsealAsync();
            token = await TokenApi.CreateTokenAsync(first.ClientWithToken(root), new { ttl = "10m" });
        }

        var later = new FakeTimeProvider(Start + TimeSpan.FromMinutes(9));
        await using var second = await StartWithClockAsync(later, dataDirectory);
        (await second.Client.PutAsJsonAsync("/v1/sys/unseal", new { key = keys[0] })).EnsureSuccessStatusCode();

        var alive = await TokenApi.LookupSelfAsync(second.ClientWithToken(token));
        later.Advance(TimeSpan.FromMinutes(1));
        var expired = await TokenApi.LookupSelfAsync(second.ClientWithToken(token));

        Assert.Equal((200, 60L), (alive.Status, alive.Body["data"]!["ttl"]!.GetValue<long>()));
        Assert.Equal(403, expired.Status);
    }
}
