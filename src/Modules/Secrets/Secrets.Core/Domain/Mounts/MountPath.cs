using Platform.Kernel.Errors;

namespace Platform.Secrets.Domain.Mounts;

/// <summary>
/// A mount point as Vault stores it: no leading slash, exactly one trailing slash (<c>secret/</c>). Refuses what
/// could escape or confuse routing: empty segments, <c>.</c> and <c>..</c>, NUL and control characters, and the
/// names reserved for the platform's own routes.
/// </summary>
public static class MountPath
{
    /// <summary>
    /// Top-level names that cannot be mounted: Vault's own (sys, auth, identity, cubbyhole) and the route roots of the
    /// Scheduler and Provisioner modules (DESIGN.md: ACL paths <c>scheduler/…</c>, <c>infra/…</c>).
    /// </summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "sys", "auth", "identity", "cubbyhole", "scheduler", "infra",
        // Nomad's HTTP routes share /v1 with Vault's: mounting over them would shadow the Scheduler's API.
        "jobs", "job", "nodes", "node", "allocations", "allocation", "evaluations", "evaluation", "deployments", "deployment", "agent", "status", "regions",
    };

    public static string Normalize(string path)
    {
        var trimmed = path.Trim('/');
        if (trimmed.Length == 0)
        {
            throw new ValidationException("mount path cannot be empty");
        }

        foreach (var segment in trimmed.Split('/'))
        {
            if (segment.Length == 0 || segment is "." or "..")
            {
                throw new ValidationException($"mount path '{path}' has an empty, '.' or '..' segment");
            }

            if (segment.Any(char.IsControl))
            {
                throw new ValidationException($"mount path '{Printable(path)}' contains control characters");
            }
        }

        var root = trimmed.Split('/')[0];
        if (Reserved.Contains(root))
        {
            throw new ValidationException($"cannot mount at '{trimmed}/': '{root}/' is reserved");
        }

        return trimmed + "/";
    }

    /// <summary>Whether <paramref name="requestPath"/> (no leading slash) falls under the mount <paramref name="mount"/> (with trailing slash).</summary>
    public static bool Contains(string mount, string requestPath) =>
        requestPath.StartsWith(mount, StringComparison.Ordinal) || requestPath + "/" == mount;

    private static string Printable(string text) => new(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
