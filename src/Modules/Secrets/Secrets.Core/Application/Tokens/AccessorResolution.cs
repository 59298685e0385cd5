using Platform.Kernel.Errors;
using Platform.Secrets.Grains.Tokens;

namespace Platform.Secrets.Application.Tokens;

/// <summary>From an accessor to its live token, or Vault's "invalid accessor" (400).</summary>
internal sealed class AccessorResolution(IGrainFactory grains, TokenIndexes indexes)
{
    public async Task<TokenSnapshot> ResolveAsync(string? accessor)
    {
        if (string.IsNullOrWhiteSpace(accessor))
        {
            throw new ValidationException("missing accessor");
        }

        var tokenId = await indexes.ResolveAccessorAsync(accessor)
            ?? throw new ValidationException("invalid accessor");
        return await grains.GetGrain<ITokenGrain>(tokenId).LookupAsync() ?? throw new ValidationException("invalid accessor");
    }
}
