using Platform.Hcl.Tests.TestSupport;
using System.Security.Cryptography;
using System.Text;
using Platform.Hcl.Formatting;
using Platform.Hcl.Tests.Hcl2Json;

namespace Platform.Hcl.Tests.Formatting;

/// <summary>
/// Differential test against HashiCorp's formatter: TerraformFmtReference/reference.tsv holds, per corpus file,
/// the hash of what <c>terraform fmt</c> (hclwrite.Format underneath) made of it, recorded by generate.sh next
/// to it. Files where terraform applied one of its Terraform-only rewrites are not in the table.
/// </summary>
/// <remarks>
/// Two differences are bridged before hashing, both outside what hclwrite decides: the terraform CLI ends its
/// output with a newline (hclwrite and we keep the file's ending), and hclwrite keeps trailing blanks inside
/// comments where we drop them, so trailing blanks are cut from every line on both sides (other tests check
/// that we leave none).
/// </remarks>
public sealed class TerraformFmtReferenceTests
{
    private static readonly Lazy<IReadOnlyList<(string Path, string Hash)>> Rows = new(Load);

    public static IEnumerable<object[]> ReferenceRows() => Rows.Value.Select(r => new object[] { r.Path, r.Hash });

    [Fact]
    public void Reference_Table_CoversMostOfTheCorpus()
    {
        Assert.True(Rows.Value.Count >= 200, $"only {Rows.Value.Count} rows in reference.tsv");
    }

    [Theory]
    [MemberData(nameof(ReferenceRows))]
    public void Format_CorpusFile_GivesWhatTerraformFmtGives(string path, string terraformHash)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryLayout.Corpora, path));

        var result = HclFormatter.Format(text, path);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.True(
            terraformHash == Hash(result.Value),
            $"{path}: our output differs from `terraform fmt`'s; compare with `terraform fmt - < {path}`.\nours:\n{result.Value}");
    }

    private static string Hash(string formatted)
    {
        var text = formatted.EndsWith('\n') ? formatted : formatted + "\n";
        var lines = text.Split('\n').Select(l => l.TrimEnd(' ', '\t'));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }

    private static List<(string Path, string Hash)> Load()
    {
        var table = Path.Combine(RepositoryLayout.RepositoryRoot, "tests", "Platform.Hcl.Tests", "Formatting", "TerraformFmtReference", "reference.tsv");
        return [.. File.ReadAllLines(table)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(cells => (cells[0], cells[1]))];
    }
}
