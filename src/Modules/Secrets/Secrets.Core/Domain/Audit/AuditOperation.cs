namespace Platform.Secrets.Domain.Audit;

/// <summary>Vault names operations, not HTTP methods, in audit entries (PUT and POST are both <c>update</c>).</summary>
public static class AuditOperation
{
    public static string FromHttpMethod(string method) => method.ToUpperInvariant() switch
    {
        "GET" or "HEAD" => "read",
        "PUT" or "POST" => "update",
        "DELETE" => "delete",
        "LIST" => "list",
        "PATCH" => "patch",
        var other => other.ToLowerInvariant(),
    };
}
