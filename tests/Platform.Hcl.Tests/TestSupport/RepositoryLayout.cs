namespace Platform.Hcl.Tests.TestSupport;

/// <summary>Where the repository and the shared corpora are, seen from the test assembly.</summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The folder holding Platform.sln, found by walking up from the test assembly's folder.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>
    /// <c>PLATFORM_CORPORA</c> when set, else <c>&lt;repo&gt;/../shared/corpora</c>; a git worktree nested deeper
    /// (<c>/work/wt/name</c>) finds it one level further up, so each ancestor of the repository is tried in turn.
    /// </summary>
    public static string Corpora
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("PLATFORM_CORPORA");
            if (!string.IsNullOrEmpty(configured))
            {
                return Directory.Exists(configured)
                    ? Path.GetFullPath(configured)
                    : throw new DirectoryNotFoundException($"PLATFORM_CORPORA is {configured}, which does not exist.");
            }

            for (var dir = new DirectoryInfo(RepositoryRoot); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpora"));
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException(
                $"No shared/corpora next to {RepositoryRoot} or any folder above it. Put the corpora at <repo>/../shared/corpora or set PLATFORM_CORPORA.");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Platform.sln above {AppContext.BaseDirectory}: cannot locate the repository.");
    }
}
