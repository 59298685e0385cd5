namespace Platform.Hcl.Tests.Parsing;

/// <summary>Finds /work/shared/corpora (or PLATFORM_CORPORA) and reads its SOURCES.tsv.</summary>
public static class CorpusFiles
{
    private static readonly Lazy<string?> RootDirectory = new(Locate);
    private static readonly Lazy<IReadOnlyList<CorpusFile>> AllFiles = new(Load);

    public static string Root => RootDirectory.Value
        ?? throw new InvalidOperationException("The shared corpora were not found: set PLATFORM_CORPORA or place them at <repo>/../shared/corpora.");

    public static IReadOnlyList<CorpusFile> All => AllFiles.Value;

    public static IEnumerable<object[]> OkFiles() => All.Where(f => f.ExpectOk).Select(f => new object[] { f.RelativePath });

    public static IEnumerable<object[]> ErrorFiles() => All.Where(f => f.ExpectError).Select(f => new object[] { f.RelativePath });

    public static CorpusFile Get(string relativePath) => All.Single(f => f.RelativePath == relativePath);

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("PLATFORM_CORPORA");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(Path.Combine(fromEnv, "SOURCES.tsv"))) return fromEnv;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "corpora");
            if (File.Exists(Path.Combine(candidate, "SOURCES.tsv"))) return Path.GetFullPath(candidate);
            candidate = Path.Combine(dir.FullName, "shared", "corpora");
            if (File.Exists(Path.Combine(candidate, "SOURCES.tsv"))) return Path.GetFullPath(candidate);
        }
        return null;
    }

    private static IReadOnlyList<CorpusFile> Load()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "SOURCES.tsv"));
        var header = lines[0].Split('\t');
        var pathColumn = Array.IndexOf(header, "path");
        var kindColumn = Array.IndexOf(header, "kind");
        var parseColumn = Array.IndexOf(header, "hcl2_parse");
        var files = new List<CorpusFile>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length <= parseColumn) continue;
            var path = cells[pathColumn];
            var status = cells[parseColumn];
            if (status == "n/a" || path.EndsWith(".json", StringComparison.Ordinal)) continue;
            var mode = path.EndsWith(".hcle", StringComparison.Ordinal) ? CorpusMode.Expression
                : path.EndsWith(".hclt", StringComparison.Ordinal) ? CorpusMode.Traversal
                : path.EndsWith(".tmpl", StringComparison.Ordinal) || cells[kindColumn] == "template" ? CorpusMode.Template
                : CorpusMode.Config;
            files.Add(new CorpusFile(path, Path.Combine(Root, path), mode, status));
        }
        return files;
    }
}
