namespace Platform.Secrets.Application.Mounts;

/// <summary><c>server -dev</c>'s mounts: KV v2 at <c>secret/</c>, as current Vault dev servers have (the token method is built in).</summary>
public interface IDevModeMounts
{
    Task MountAsync(CancellationToken cancellationToken);
}
