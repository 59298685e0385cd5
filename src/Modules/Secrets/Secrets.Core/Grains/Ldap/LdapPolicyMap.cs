namespace Platform.Secrets.Grains.Ldap;

/// <summary>
/// An LDAP mount's local mapping for one group (<c>groups/NAME</c>: policies) or one user (<c>users/NAME</c>:
/// policies and extra group names). Never renumber the ids.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LdapPolicyMap
{
    [Id(0)] public IReadOnlyList<string> Policies { get; init; } = [];

    [Id(1)] public IReadOnlyList<string> Groups { get; init; } = [];
}
