namespace Platform.Kernel.Auth;

/// <summary>
/// Per-request facts the pipeline needs beside the request record: the presented token, where the call came from,
/// and (after authentication) who the caller is. One instance per DI scope (an HTTP request).
/// </summary>
public sealed class CallContext
{
    /// <summary>Unique id, echoed as Vault's <c>request_id</c> and in audit entries.</summary>
    public string RequestId { get; init; } = NewRequestId();

    /// <summary>The raw token from <c>X-Vault-Token</c>, <c>X-Nomad-Token</c> or <c>Authorization: Bearer</c>; a secret.</summary>
    public string? Token { get; set; }

    public string RemoteAddress { get; set; } = "";

    /// <summary>HTTP method as the client sent it (LIST included); audit records it as Vault's operation.</summary>
    public string Operation { get; set; } = "";

    /// <summary>Request path without <c>/v1/</c>.</summary>
    public string Path { get; set; } = "";

    /// <summary>Set by the authentication behavior; null for unauthenticated requests.</summary>
    public RequestIdentity? Identity { get; set; }

    /// <summary>
    /// A random (version 4) UUID, as Vault's request ids are. It only correlates a response with its audit entries and
    /// grants nothing, so it comes from <see cref="Random.Shared"/>: <see cref="Guid.NewGuid"/> reads the kernel's
    /// random source with a system call each time, about 2% of the CPU of a KV read.
    /// </summary>
    private static string NewRequestId()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 (Guid's byte order: the version is in byte 7)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes).ToString();
    }
}
