namespace Platform.Kernel.Http;

/// <summary>
/// Vault's response envelope. hvac and node-vault read <c>data</c> and <c>auth</c> from it; every field is always
/// present (nulls included), as Vault sends it.
/// </summary>
public sealed record VaultEnvelope(
    string RequestId,
    string LeaseId,
    bool Renewable,
    long LeaseDuration,
    object? Data,
    object? WrapInfo,
    IReadOnlyList<string>? Warnings,
    object? Auth)
{
    public static VaultEnvelope ForData(string requestId, object? data) => new(requestId, "", false, 0, data, null, null, null);

    public static VaultEnvelope ForAuth(string requestId, object auth) => new(requestId, "", false, 0, null, null, null, auth);
}
