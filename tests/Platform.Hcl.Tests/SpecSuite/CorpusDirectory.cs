namespace Platform.Hcl.Tests.SpecSuite;

/// <summary>
/// Finds /work/shared/corpora: the PLATFORM_CORPORA variable when set, else <c>&lt;repo&gt;/../shared/corpora</c>
/// where the repo is the first directory above the test assembly that holds Platform.sln.
/// </summary>
internal static class CorpusDirectory
{
    public static string Root { get; } = Locate();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("PLATFORM_CORPORA");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Platform.sln")))
            {
                var corpora = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "corpora"));
                if (Directory.Exists(corpora))
                {
                    return corpora;
                }

                // Worktrees live one level deeper (/work/wt/<name>), so also try the repo's grandparent.
                var fromWorktree = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "..", "shared", "corpora"));
                if (Directory.Exists(fromWorktree))
                {
                    return fromWorktree;
                }

                throw new DirectoryNotFoundException($"No corpora next to {dir.FullName}; set PLATFORM_CORPORA to the corpora directory.");
            }
        }

        throw new DirectoryNotFoundException("Platform.sln not found above the test assembly; set PLATFORM_CORPORA to the corpora directory.");
    }
}
