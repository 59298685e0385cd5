using Platform.Kernel.Auth;

namespace Platform.Secrets.Domain.Policies;

/// <summary>
/// One <c>path "…" { … }</c> stanza after parsing. <see cref="Pattern"/> is the path as written minus a leading
/// <c>/</c>; a trailing <c>*</c> makes it a prefix rule, a <c>+</c> segment a segment-wildcard rule.
/// <see cref="Capabilities"/> is <see cref="Capability.Deny"/> alone when the stanza denies (deny drops every grant).
/// </summary>
public sealed record PathRule(
    string Pattern,
    Capability Capabilities,
    ParameterConstraints Parameters,
    TimeSpan? MinWrappingTtl = null,
    TimeSpan? MaxWrappingTtl = null)
{
    /// <summary>True when the pattern ends in <c>*</c> (a glob on everything that starts with the rest).</summary>
    public bool IsPrefix => Pattern.EndsWith('*');

    /// <summary>True when a segment is exactly <c>+</c>: it matches any one path segment.</summary>
    public bool HasSegmentWildcards =>
        Pattern == "+" || Pattern.StartsWith("+/", StringComparison.Ordinal) || Pattern.Contains("/+", StringComparison.Ordinal);
}
