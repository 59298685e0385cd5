using Platform.Kernel.Errors;

namespace Platform.Secrets.Domain.Leases;

/// <summary>
/// Lease ids as Vault forms them: the request path that created the lease, then one unique segment. A token's lease
/// ends in the token's storage id (<c>auth/token/create/&lt;id&gt;</c>, <c>auth/userpass/login/alice/&lt;id&gt;</c>);
/// a secret's in a random segment (<c>aws/creds/deploy/&lt;random&gt;</c>). Only auth methods issue tokens and no
/// engine is mounted under <c>auth/</c>, so the first segment alone tells the two kinds apart.
/// </summary>
public static class LeaseId
{
    private const string AuthRoot = "auth/";

    public static string ForToken(string tokenPath, string tokenId) => tokenPath.TrimEnd('/') + "/" + tokenId;

    public static string ForSecret(string requestPath) => requestPath.TrimEnd('/') + "/" + Guid.NewGuid().ToString("N");

    public static bool IsTokenLease(string leaseId) => leaseId.StartsWith(AuthRoot, StringComparison.Ordinal);

    /// <summary>The last segment: for a token lease, the token's storage id.</summary>
    public static string LastSegment(string leaseId) => leaseId[(leaseId.LastIndexOf('/') + 1)..];

    /// <summary>
    /// A lease id or prefix as a client sent it: required, without a leading slash, no empty, <c>.</c> or <c>..</c>
    /// segment and no control character (ids name index grains, so they must be exact).
    /// </summary>
    public static string Require(string? leaseId)
    {
        if (string.IsNullOrEmpty(leaseId))
        {
            throw new ValidationException("lease_id must be specified");
        }

        return CheckPath(leaseId.TrimStart('/'), allowTrailingSlash: false) ?? throw new ValidationException("invalid lease");
    }

    /// <summary>A prefix for LIST and revoke-prefix; empty means every lease.</summary>
    public static string? Prefix(string? prefix) =>
        string.IsNullOrEmpty(prefix) ? "" : CheckPath(prefix.TrimStart('/'), allowTrailingSlash: true);

    /// <summary>
    /// The links from the root of the lease tree down to the lease: (<c>""</c>, <c>auth/</c>), (<c>auth/</c>,
    /// <c>token/</c>) … (<c>auth/token/create/</c>, <c>&lt;id&gt;</c>). LIST of a directory answers its children.
    /// </summary>
    public static IReadOnlyList<(string Directory, string Child)> Links(string leaseId)
    {
        var links = new List<(string, string)>();
        var start = 0;
        while (leaseId.IndexOf('/', start) is var slash and >= 0)
        {
            links.Add((leaseId[..start], leaseId[start..(slash + 1)]));
            start = slash + 1;
        }

        links.Add((leaseId[..start], leaseId[start..]));
        return links;
    }

    private static string? CheckPath(string path, bool allowTrailingSlash)
    {
        if (path.Length == 0 || path.Any(char.IsControl))
        {
            return null;
        }

        var segments = path.Split('/');
        var last = segments.Length - 1;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment is "." or ".." || (segment.Length == 0 && !(i == last && allowTrailingSlash)))
            {
                return null;
            }
        }

        return path;
    }
}
