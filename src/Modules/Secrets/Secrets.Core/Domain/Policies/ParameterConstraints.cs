namespace Platform.Secrets.Domain.Policies;

/// <summary>
/// A path rule's <c>allowed_parameters</c>, <c>denied_parameters</c> and <c>required_parameters</c>. Keys are
/// lower-cased as Vault does; values are kept as text (a number or bool in the policy compares by its text).
/// An empty value list means "any value". Null maps mean "not constrained", which differs from an empty map.
/// </summary>
public sealed record ParameterConstraints(
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Allowed,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Denied,
    IReadOnlyList<string> Required)
{
    public static readonly ParameterConstraints None = new(null, null, []);

    public bool IsEmpty => Allowed is null && Denied is null && Required.Count == 0;
}
