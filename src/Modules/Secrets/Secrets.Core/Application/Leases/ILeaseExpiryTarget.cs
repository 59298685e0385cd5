namespace Platform.Secrets.Application.Leases;

/// <summary>
/// What the expiry sweep calls for a due entry of the deadline index. A member is <c>t:&lt;token id&gt;</c> (the
/// token grain revokes itself and its tree) or <c>l:&lt;lease id&gt;</c> (a secret lease, revoked through its engine).
/// </summary>
public interface ILeaseExpiryTarget
{
    /// <summary>
    /// Revokes the target if it is due now. Answers the deadline it still has (it was renewed, or this node's clock
    /// is behind the one that scheduled it), or null when it is gone: only then is the index entry dropped.
    /// </summary>
    Task<DateTimeOffset?> ExpireAsync(string member);
}
