using System.Text.Json.Nodes;

namespace Platform.Secrets.Contracts.Logical;

/// <summary>
/// What a backend answers. <see cref="Data"/> null with no warnings is Vault's empty answer (HTTP 204); otherwise the
/// router wraps it in Vault's envelope.
/// </summary>
public sealed record LogicalResponse(JsonObject? Data, IReadOnlyList<string>? Warnings = null)
{
    public static readonly LogicalResponse Empty = new(Data: null);

    public bool IsEmpty => Data is null && Warnings is not { Count: > 0 };
}
