namespace Platform.Secrets.Contracts.Leases;

/// <summary>A LIST answer: lease ids and sub-prefixes (ending in <c>/</c>) directly under the prefix.</summary>
public sealed record LeaseListResponse(IReadOnlyList<string> Keys);
