using System.Text.Json.Nodes;

namespace Platform.Secrets.Domain.Audit;

/// <param name="Operation">Vault's operation name (see <see cref="AuditOperation"/>).</param>
/// <param name="Data">The request's fields; every string in it is hashed, keys stay readable.</param>
public sealed record AuditRequest(
    string Id,
    string Operation,
    string? ClientToken,
    string? ClientTokenAccessor,
    string Path,
    JsonNode? Data,
    string RemoteAddress);
