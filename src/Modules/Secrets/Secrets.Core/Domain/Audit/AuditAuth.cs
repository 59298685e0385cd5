namespace Platform.Secrets.Domain.Audit;

/// <summary>A token as audit sees it. Token, accessor and metadata values are hashed; policies and display name are not.</summary>
public sealed record AuditAuth(
    string? ClientToken,
    string Accessor,
    string DisplayName,
    IReadOnlyList<string> Policies,
    IReadOnlyDictionary<string, string> Metadata);
