namespace Platform.Secrets.Grains.Mounts;

/// <summary>Vault's two mount tables: secrets engines (routed at their path) and auth methods (routed under <c>auth/</c>).</summary>
public enum MountTable
{
    Secrets,
    Auth,
}
