using Platform.Kernel.Auth;

namespace Platform.Secrets.Domain.Policies.Acl;

/// <summary>
/// The compiled form of a token's policies: answers "may this token do X on path P" without parsing or allocating
/// per request beyond splitting the path for <c>+</c> rules. Matching follows Vault: an exact rule wins outright
/// (for LIST, also the path without its trailing slash); otherwise the longest <c>*</c> prefix and every matching
/// <c>+</c> rule compete by <see cref="AclMatch"/> priority. Rules for the identical pattern from several policies
/// are merged first, deny overriding. Immutable and safe to share between threads.
/// </summary>
public sealed class AccessControlList
{
    /// <summary>The <c>root</c> policy: everything, sudo included, on every path.</summary>
    public static readonly AccessControlList Root = new(isRoot: true);

    /// <summary>No policy at all: nothing is allowed.</summary>
    public static readonly AccessControlList Empty = new(isRoot: false);

    private readonly Dictionary<string, AclPermissions> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AclPermissions> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AclPermissions> _segmentPatterns = new(StringComparer.Ordinal);
    private int[] _prefixLengths = [];
    private SegmentWildcardRule[] _segmentRules = [];

    private AccessControlList(bool isRoot)
    {
        IsRoot = isRoot;
    }

    public bool IsRoot { get; }

    public static AccessControlList Compile(IEnumerable<PolicyDocument> policies)
    {
        var acl = new AccessControlList(isRoot: false);
        foreach (var rule in policies.SelectMany(p => p.Rules))
        {
            var (table, key) = rule.HasSegmentWildcards ? (acl._segmentPatterns, rule.Pattern)
                : rule.IsPrefix ? (acl._prefixes, rule.Pattern[..^1])
                : (acl._exact, rule.Pattern);
            table[key] = table.TryGetValue(key, out var existing) ? existing.Merge(rule) : AclPermissions.From(rule);
        }

        acl._prefixLengths = acl._prefixes.Keys.Select(k => k.Length).Distinct().OrderDescending().ToArray();
        acl._segmentRules = acl._segmentPatterns.Where(p => p.Key.Length > 0).Select(p => new SegmentWildcardRule(p.Key, p.Value)).ToArray();
        return acl;
    }

    /// <summary>
    /// True when the rule that governs <paramref name="path"/> grants every flag of <paramref name="required"/>
    /// (e.g. Update | Sudo) and does not deny. Fails closed: no matching rule, a deny, or a wrapping-TTL constraint
    /// (this platform does not wrap responses, and Vault refuses unwrapped requests on such paths) all refuse.
    /// </summary>
    public bool IsAllowed(string path, Capability required)
    {
        if (IsRoot)
        {
            return true;
        }

        if (required == Capability.None || required.HasFlag(Capability.Deny))
        {
            return false;
        }

        var permissions = Match(path, required.HasFlag(Capability.List));
        return permissions is { IsDeny: false, MinWrappingTtl: null, MaxWrappingTtl: null }
            && (permissions.Capabilities & required) == required;
    }

    /// <summary>
    /// What the token may do on <paramref name="path"/>, as <c>sys/capabilities-self</c> reports it (Vault evaluates
    /// as for a LIST, so a trailing slash also finds the rule without it). <see cref="Capability.None"/> or
    /// <see cref="Capability.Deny"/> mean nothing.
    /// </summary>
    public Capability CapabilitiesOn(string path)
    {
        if (IsRoot)
        {
            return Capability.Create | Capability.Read | Capability.Update | Capability.Delete | Capability.List | Capability.Sudo | Capability.Patch;
        }

        return Match(path, listOperation: true)?.Capabilities ?? Capability.None;
    }

    /// <summary>
    /// Whether the token may do anything at all under the mount <paramref name="mountPath"/> (with trailing slash),
    /// as Vault's <c>sys/internal/ui/mounts/PATH</c> decides before revealing a mount: a rule that governs the mount
    /// path itself, or any exact, prefix or <c>+</c> rule that reaches below it, granting something other than deny.
    /// </summary>
    public bool HasAccessUnder(string mountPath)
    {
        if (IsRoot)
        {
            return true;
        }

        if (Match(mountPath, listOperation: false) is { IsDeny: false } direct && Grants(direct))
        {
            return true;
        }

        return _exact.Where(r => r.Key.StartsWith(mountPath, StringComparison.Ordinal)).Any(r => !r.Value.IsDeny && Grants(r.Value))
            || _prefixes.Where(r => r.Key.StartsWith(mountPath, StringComparison.Ordinal)).Any(r => !r.Value.IsDeny && Grants(r.Value))
            || _segmentRules.Any(r => !r.Permissions.IsDeny && Grants(r.Permissions) && r.CouldMatchUnder(mountPath));
    }

    private static bool Grants(AclPermissions permissions) => (permissions.Capabilities & ~Capability.Deny) != Capability.None;

    /// <summary>The merged permissions of the rule that governs the path, or null when no rule matches.</summary>
    public AclPermissions? Match(string path, bool listOperation)
    {
        path = path.TrimStart('/');
        if (_exact.TryGetValue(path, out var exact))
        {
            return exact;
        }

        var trimmed = path.EndsWith('/') ? path[..^1] : null;
        if (listOperation && trimmed is not null)
        {
            if (_exact.TryGetValue(trimmed, out exact))
            {
                return exact;
            }

            // A LIST of "a/b/" first tries "a/b", which rules ending in a wildcard may match more specifically.
            if (MatchNonExact(trimmed) is { } forList)
            {
                return forList;
            }
        }

        return MatchNonExact(path);
    }

    private AclPermissions? MatchNonExact(string path)
    {
        AclMatch? best = null;
        var lookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var length in _prefixLengths)
        {
            if (length <= path.Length && lookup.TryGetValue(path.AsSpan(0, length), out var prefix))
            {
                best = new AclMatch(length, IsPrefix: true, Wildcards: 0, path[..length], prefix);
                break;
            }
        }

        if (_segmentRules.Length == 0)
        {
            return best?.Permissions;
        }

        var segments = path.Split('/');
        foreach (var rule in _segmentRules)
        {
            if (!rule.Matches(segments))
            {
                continue;
            }

            var candidate = new AclMatch(rule.FirstWildcard, rule.IsPrefix, rule.Wildcards, rule.Path, rule.Permissions);
            if (best is not { } current || candidate.OutranksOrEquals(current))
            {
                best = candidate;
            }
        }

        return best?.Permissions;
    }
}
