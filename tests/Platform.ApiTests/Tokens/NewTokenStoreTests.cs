using Microsoft.Extensions.DependencyInjection;
using Platform.ApiTests.Support;
using Platform.Kernel.Errors;
using Platform.Secrets.Domain.Tokens;
using Platform.Secrets.Grains.Tokens;

namespace Platform.ApiTests.Tokens;

/// <summary>
/// A new token is stored without activating its grain; these pin what keeps that safe: a grain activated before the
/// token was stored (a lookup by an accessor listed a moment early) finds it from its next call on, and an existing
/// token is never overwritten.
/// </summary>
public sealed class NewTokenStoreTests
{
    [Fact]
    public async Task Create_GrainActivatedBeforeTheTokenWasStored_FindsItFromItsNextCall()
    {
        await using var server = await TestServerHost.StartAsync();
        await server.InitializeAndUnsealAsync();
        var grains = server.Services.GetRequiredService<IGrainFactory>();
        var tokenId = TokenSecrets.Hash(TokenSecrets.NewToken());
        var grain = grains.GetGrain<ITokenGrain>(tokenId);
        Assert.Null(await grain.LookupAsync());

        await server.Services.GetRequiredService<NewTokenStore>().CreateAsync(tokenId, Entry("early-accessor"));
        await grain.MarkHasChildrenAsync();

        var snapshot = await grain.LookupAsync();
        Assert.Equal("early-accessor", snapshot?.Entry.Accessor);
        Assert.True(snapshot?.HasChildren);
    }

    [Fact]
    public async Task Create_IdAlreadyStored_ConflictAndTheFirstTokenKept()
    {
        await using var server = await TestServerHost.StartAsync();
        await server.InitializeAndUnsealAsync();
        var store = server.Services.GetRequiredService<NewTokenStore>();
        var tokenId = TokenSecrets.Hash(TokenSecrets.NewToken());
        await store.CreateAsync(tokenId, Entry("first"));

        await Assert.ThrowsAsync<ConflictException>(() => store.CreateAsync(tokenId, Entry("second")));

        var snapshot = await server.Services.GetRequiredService<IGrainFactory>().GetGrain<ITokenGrain>(tokenId).LookupAsync();
        Assert.Equal("first", snapshot?.Entry.Accessor);
    }

    private static TokenEntry Entry(string accessor) => new()
    {
        Accessor = accessor,
        Policies = ["default"],
        Path = "auth/token/create",
        DisplayName = "token",
        CreationTime = DateTimeOffset.UtcNow,
    };
}
