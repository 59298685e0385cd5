using Platform.Hcl.Diagnostics;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Tests.Parsing;

/// <summary>Parses text in a corpus file's mode and returns just the diagnostics.</summary>
public static class CorpusParser
{
    public static IReadOnlyList<Diagnostic> Parse(string text, string filename, CorpusMode mode) => mode switch
    {
        CorpusMode.Expression => HclParser.ParseExpression(text, filename).Diagnostics,
        CorpusMode.Template => HclParser.ParseTemplate(text, filename).Diagnostics,
        CorpusMode.Traversal => HclParser.ParseTraversalAbs(text, filename).Diagnostics,
        _ => HclParser.ParseConfig(text, filename).Diagnostics,
    };
}
