using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Platform.Kernel.Errors;
using Platform.Kernel.Storage;
using Platform.Secrets.Domain.Tokens;

namespace Platform.Secrets.Grains.Tokens;

/// <summary>
/// Stores a new token with a generated id straight into its grain's state, without activating the grain: a create
/// then costs its durable write, not also an activation (placement, the grain's construction, a read of the missing
/// row, its alarm) — ~25% less server CPU per create. The grain activates on the token's first use, like any token
/// after a restart. Safe because nobody can have activated the grain of a token whose secret was generated a moment
/// ago — except through its accessor, which the accessor index lists before the token is stored; so a token grain
/// that holds no entry reads its storage again before each later call (<see cref="TokenGrain.Invoke"/>). The write is
/// the one the grain would make (same state name, storage provider and barrier binding), and an insert: an existing
/// row is a conflict, never overwritten. Custom ids go through the grain, whose activation may exist already.
/// </summary>
public sealed class NewTokenStore(IServiceProvider services, IGrainFactory grains)
{
    private readonly IGrainStorage _storage = services.GetRequiredKeyedService<IGrainStorage>(StorageSettings.ProviderName);

    public async Task CreateAsync(string tokenId, TokenEntry entry)
    {
        var grainId = grains.GetGrain<ITokenGrain>(tokenId).GetGrainId();
        try
        {
            await _storage.WriteStateAsync(TokenGrain.StateName, grainId, new GrainState<TokenState>(new TokenState { Entry = entry }));
        }
        catch (InconsistentStateException)
        {
            throw new ConflictException("cannot create a token with a duplicate ID");
        }
    }
}
