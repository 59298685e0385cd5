namespace Platform.Kernel.Auth;

/// <summary>
/// Writes request and response entries to every enabled audit device before the response leaves (Secrets module
/// implements it). When devices are enabled and none can write an entry, it throws and the request fails: an
/// unaudited request must not succeed.
/// </summary>
public interface IAuditBroker
{
    Task LogRequestAsync(CallContext context, object request, CancellationToken cancellationToken);

    /// <param name="error">The failure the request ended with, or null; audited as Vault's <c>error</c> field.</param>
    Task LogResponseAsync(CallContext context, object request, object? response, Exception? error, CancellationToken cancellationToken);
}
