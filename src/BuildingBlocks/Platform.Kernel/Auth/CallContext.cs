using Platform.Kernel.Ids;

namespace Platform.Kernel.Auth;

/// <summary>
/// Per-request facts the pipeline needs beside the request record: the presented token, where the call came from,
/// and (after authentication) who the caller is. One instance per DI scope (an HTTP request).
/// </summary>
public sealed class CallContext
{
    /// <summary>Unique id, echoed as Vault's <c>request_id</c> and in audit entries.</summary>
    public string RequestId { get; init; } = UniqueIds.NewUuid().ToString();

    /// <summary>The raw token from <c>X-Vault-Token</c>, <c>X-Nomad-Token</c> or <c>Authorization: Bearer</c>; a secret.</summary>
    public string? Token { get; set; }

    public string RemoteAddress { get; set; } = "";

    /// <summary>HTTP method as the client sent it (LIST included); audit records it as Vault's operation.</summary>
    public string Operation { get; set; } = "";

    /// <summary>Request path without <c>/v1/</c>.</summary>
    public string Path { get; set; } = "";

    /// <summary>Set by the authentication behavior; null for unauthenticated requests.</summary>
    public RequestIdentity? Identity { get; set; }
}
