namespace Platform.Secrets.Application.Leases;

/// <summary>Called by a token grain as it is revoked: the secret leases issued to the token go with it.</summary>
public interface ITokenLeaseRevocation
{
    Task RevokeLeasesOfTokenAsync(string tokenId);
}
