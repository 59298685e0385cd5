namespace Platform.Hcl.Tests.Hcl2Json;

/// <summary>Where the repository and the shared corpora are, seen from the test assembly.</summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The folder holding Platform.sln, found by walking up from the test assembly's folder.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary><c>PLATFORM_CORPORA</c> when set, else <c>&lt;repo&gt;/../shared/corpora</c>.</summary>
    public static string Corpora
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("PLATFORM_CORPORA");
            var path = string.IsNullOrEmpty(configured)
                ? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpora"))
                : Path.GetFullPath(configured);
            return Directory.Exists(path)
                ? path
                : throw new DirectoryNotFoundException(
                    $"The HCL corpora are not at {path}. Put them at <repo>/../shared/corpora or set PLATFORM_CORPORA.");
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
