using Platform.Hcl.Tests.TestSupport;

namespace Platform.Hcl.Tests.Hcl2Json;

/// <summary>
/// The native-syntax HCL files the differential test runs, as paths relative to the corpora folder, sorted.
/// Which files: every file of nomad and vault-policies <c>public/</c>; the <c>.tf</c>, <c>.hcl</c> and
/// <c>.tfvars</c> files (also <c>.tfvars.example</c>) of terraform <c>public/</c> and wescale, not the templates
/// and scripts next to them; the spec suite's <c>.hcl</c> inputs, hclsimple's test file and the decoded
/// FuzzParseConfig seeds. Beyond those the brief names, also every other native-syntax input the corpora hold:
/// the <c>not-hcl2/</c> files (both parsers must reject them), the spec suite's <c>.hcldec</c> specs and the hcldec
/// example inputs. Plus our own fixtures (paths starting <c>fixtures/</c>), for constructs the corpora lack.
/// </summary>
internal static class ConformanceCorpus
{
    public const string FixturePrefix = "fixtures/";

    private static readonly string[] ConfigSuffixes = [".tf", ".hcl", ".tfvars", ".tfvars.example"];

    public static string FixturesFolder => Path.Combine(RepositoryLayout.RepositoryRoot, "tests", "Platform.Hcl.Tests", "Hcl2Json", "Fixtures");

    public static IReadOnlyList<string> Files()
    {
        var root = RepositoryLayout.Corpora;
        var files = new List<string>();
        files.AddRange(Under(root, "nomad/public", _ => true));
        files.AddRange(Under(root, "vault-policies/public", _ => true));
        files.AddRange(Under(root, "terraform/public", IsConfig));
        files.AddRange(Under(root, "wescale", IsConfig));
        files.AddRange(Under(root, "hcl-spec/specsuite", p => p.EndsWith(".hcl", StringComparison.Ordinal)));
        files.AddRange(Under(root, "hcl-spec/hclsimple", p => p.EndsWith(".hcl", StringComparison.Ordinal)));
        files.AddRange(Under(root, "hcl-spec/fuzz-decoded", p => p.Contains("/FuzzParseConfig/", StringComparison.Ordinal) && p.EndsWith(".hcl", StringComparison.Ordinal)));
        files.AddRange(Under(root, "hcl-spec/specsuite", p => p.EndsWith(".hcldec", StringComparison.Ordinal)));
        files.AddRange(Under(root, "hcl-spec/upstream/cmd/hcldec/examples", _ => true));
        foreach (var category in new[] { "nomad", "terraform", "vault-policies" })
        {
            files.AddRange(Under(root, category + "/not-hcl2", _ => true));
        }

        files.Sort(StringComparer.Ordinal);
        files.AddRange(Directory.EnumerateFiles(FixturesFolder, "*.hcl").Select(f => FixturePrefix + Path.GetFileName(f)).Order(StringComparer.Ordinal));
        return files;
    }

    /// <summary>The absolute path of a file named as <see cref="Files"/> names it.</summary>
    public static string FullPath(string file) => file.StartsWith(FixturePrefix, StringComparison.Ordinal)
        ? Path.Combine(FixturesFolder, file[FixturePrefix.Length..])
        : Path.Combine(RepositoryLayout.Corpora, file);

    private static bool IsConfig(string path) => ConfigSuffixes.Any(s => path.EndsWith(s, StringComparison.Ordinal));

    private static IEnumerable<string> Under(string root, string folder, Func<string, bool> include)
    {
        var path = Path.Combine(root, folder);
        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException($"The corpora at {root} have no {folder}/: the differential test would miss files.");
        }

        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(include);
    }
}
