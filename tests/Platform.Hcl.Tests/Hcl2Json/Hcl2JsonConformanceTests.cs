using System.Text;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Json.Hcl2Json;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Tests.Hcl2Json;

/// <summary>
/// Differential conformance with HashiCorp's parser: for every corpus file, our parse + hcl2json rendering must
/// equal what @cdktf/hcl2json (hcl v2.23) produces, compared structurally; and a file it rejects (parse or
/// conversion error) must give us an error too, and the other way round.
/// </summary>
public sealed class Hcl2JsonConformanceTests
{
    /// <summary>
    /// Files allowed to differ, each with the reason it is HashiCorp's quirk rather than our bug. A listed file
    /// that stops differing fails the test, so the list cannot go stale.
    /// </summary>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal);

    public static TheoryData<string> Files() => new(ConformanceCorpus.Files());

    [Theory]
    [MemberData(nameof(Files))]
    public void Render_CorpusFile_MatchesHashiCorpHcl2Json(string file)
    {
        var reference = Hcl2JsonReference.For(file);

        // As node reads it: UTF-8, a byte order mark kept as U+FEFF, invalid bytes as U+FFFD.
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(File.ReadAllBytes(ConformanceCorpus.FullPath(file)));
        var parsed = HclParser.ParseConfig(text, file);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(parsed.Diagnostics);
        var ours = parsed.HasErrors ? null : Hcl2JsonRenderer.ToJsonNode(parsed.Value, diagnostics);
        var ourErrors = string.Join("\n  ", diagnostics.Where(d => d.Severity == Severity.Error));

        var difference = (reference.Ok, ours is not null) switch
        {
            (false, false) => null,
            (false, true) => $"HashiCorp rejects the file, we accept it.\n  HashiCorp: {reference.Error}",
            (true, false) => $"HashiCorp accepts the file, we report errors:\n  {ourErrors}",
            (true, true) => JsonStructure.FirstDifference(reference.Json, ours) is { } where
                ? $"Our JSON differs from HashiCorp's at {where}"
                : null,
        };

        if (KnownDifferences.TryGetValue(file, out var reason))
        {
            Assert.True(difference is not null, $"{file} is listed as a known difference ({reason}) but now matches: remove it from the list.");
            return;
        }

        Assert.True(difference is null, $"{file}: {difference}");
    }
}
