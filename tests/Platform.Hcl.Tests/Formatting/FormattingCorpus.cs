using Platform.Hcl.Tests.TestSupport;
using Platform.Hcl.Parsing;
using Platform.Hcl.Tests.Hcl2Json;

namespace Platform.Hcl.Tests.Formatting;

/// <summary>
/// The files the formatter is checked over: the hcl2json conformance list (nomad, terraform and vault-policies
/// <c>public/</c>, wescale, the spec suite's and hclsimple's <c>.hcl</c> inputs, the decoded FuzzParseConfig seeds,
/// hcl2json's fixtures), keeping those our parser accepts; and the real files HashiCorp's parser rejects.
/// </summary>
internal static class FormattingCorpus
{
    private static readonly Lazy<IReadOnlyList<string>> Parsing = new(() =>
        ConformanceCorpus.Files().Where(f => !HclParser.ParseConfig(Read(f), f).HasErrors).ToList());

    public static IReadOnlyList<string> ParsingFiles => Parsing.Value;

    public static IEnumerable<object[]> ParsingFileData() => ParsingFiles.Select(f => new object[] { f });

    /// <summary>Corpus files kept apart because HashiCorp's parser rejects them (<c>not-hcl2/</c>), as corpora-relative paths.</summary>
    public static IEnumerable<object[]> RejectedFileData() =>
        Directory.EnumerateFiles(RepositoryLayout.Corpora, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryLayout.Corpora, f).Replace('\\', '/'))
            .Where(f => f.Contains("/not-hcl2/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { f });

    public static string Read(string file) => File.ReadAllText(ConformanceCorpus.FullPath(file));
}
