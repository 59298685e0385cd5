namespace Platform.Secrets.Application.Seal;

/// <summary>Creates a root token (at init, and for <c>server -dev</c>); implemented by the token store.</summary>
public interface IRootTokenIssuer
{
    /// <param name="tokenId">The token to create (dev mode's <c>-dev-root-token-id</c>); a fresh random one when null.</param>
    Task<string> CreateRootTokenAsync(string? tokenId, CancellationToken cancellationToken);
}
