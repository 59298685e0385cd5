using System.Text;

namespace Platform.Hcl.Benchmarks;

/// <summary>
/// The inputs of the parse benchmarks: every public corpus file that HashiCorp's parser accepts, and one large
/// file made by wrapping each of them in its own uniquely named block and repeating until ~20 MB, so the large
/// input stays valid HCL (top-level attributes of different files would otherwise collide).
/// </summary>
public sealed class ParseCorpus
{
    private ParseCorpus(IReadOnlyList<(string Name, string Text)> files) => Files = files;

    public IReadOnlyList<(string Name, string Text)> Files { get; }

    public long TotalBytes => Files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Text));

    public static ParseCorpus Load(string corporaDir)
    {
        var sources = File.ReadLines(Path.Combine(corporaDir, "SOURCES.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(c => c.Length > 13 && c[13] == "ok" && c[2] == "public" && IsConfigFile(c[0]))
            .Select(c => c[0])
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(Path.Combine(corporaDir, path))))
            .ToList();
        return new ParseCorpus(sources);
    }

    public string Concatenate(long targetBytes)
    {
        var builder = new StringBuilder();
        for (var round = 0; builder.Length < targetBytes; round++)
        {
            for (var i = 0; i < Files.Count && builder.Length < targetBytes; i++)
            {
                builder.Append("file_").Append(round).Append('_').Append(i).Append(" {\n");
                builder.Append(Files[i].Text);
                builder.Append("\n}\n");
            }
        }

        return builder.ToString();
    }

    /// <summary>Finds ../shared/corpora from the current directory upwards, or PLATFORM_CORPORA.</summary>
    public static string FindCorporaDir()
    {
        if (Environment.GetEnvironmentVariable("PLATFORM_CORPORA") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpora"));
            }
        }

        throw new DirectoryNotFoundException("Cannot find ../shared/corpora next to Platform.sln; set PLATFORM_CORPORA.");
    }

    private static bool IsConfigFile(string path) =>
        (path.StartsWith("nomad/", StringComparison.Ordinal) || path.StartsWith("terraform/", StringComparison.Ordinal)
            || path.StartsWith("vault-policies/", StringComparison.Ordinal))
        && (path.EndsWith(".hcl", StringComparison.Ordinal) || path.EndsWith(".tf", StringComparison.Ordinal)
            || path.EndsWith(".nomad", StringComparison.Ordinal) || path.EndsWith(".tfvars", StringComparison.Ordinal));
}
