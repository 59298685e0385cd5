using System.Text.Json.Nodes;

namespace Platform.Secrets.Domain.Audit;

/// <param name="Data">The response's fields; every string in it is hashed, keys stay readable.</param>
/// <param name="Auth">A token the response hands out (token create, login), hashed like the caller's.</param>
public sealed record AuditResponse(JsonNode? Data, AuditAuth? Auth);
