namespace Platform.EndToEnd.Support;

/// <summary>
/// Where things are in the repository these tests were built from: the tests run the server that the same build
/// produced (<c>src/Platform.Host/bin/&lt;Configuration&gt;/net10.0/platform.dll</c>), never an installed one.
/// </summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>The build configuration of this test assembly (Release under test.sh), read from its output path.</summary>
    public static string Configuration
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            // .../tests/Platform.EndToEnd/bin/<Configuration>/net10.0
            return directory.Parent?.Name ?? "Release";
        }
    }

    public static string PlatformDll
    {
        get
        {
            var path = Path.Combine(Root, "src", "Platform.Host", "bin", Configuration, "net10.0", "platform.dll");
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"The server binary {path} does not exist: build the solution first (dotnet build Platform.sln -c {Configuration}).");
            }

            return path;
        }
    }

    public static string Clients => Path.Combine(Root, "tests", "clients");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Platform.sln above {AppContext.BaseDirectory}: these tests must run from a checkout of the repository.");
    }
}
