using Platform.Hcl.Tests.TestSupport;
using System.Text;
using System.Text.Json.Nodes;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Formatting;
using Platform.Hcl.Json.Hcl2Json;
using Platform.Hcl.Parsing;
using Platform.Hcl.Tests.Hcl2Json;

namespace Platform.Hcl.Tests.Formatting;

/// <summary>
/// The formatter over every real HCL file we have: it must be idempotent, change nothing but blanks, and leave
/// both the syntax tree and the hcl2json rendering as they were.
/// </summary>
public sealed class FormatterCorpusTests
{
    private static string Formatted(string file, string text)
    {
        var result = HclFormatter.Format(text, file);
        Assert.False(result.HasErrors, $"{file}:\n" + string.Join("\n", result.Diagnostics));
        return result.Value;
    }

    [Fact]
    public void Corpus_IsFound_WithEveryCategory()
    {
        var files = FormattingCorpus.ParsingFiles;

        Assert.True(files.Count > 250, $"only {files.Count} files parse");
        foreach (var category in new[] { "nomad/public/", "terraform/public/", "vault-policies/public/", "wescale/", "hcl-spec/specsuite/" })
        {
            Assert.Contains(files, f => f.StartsWith(category, StringComparison.Ordinal));
        }
        Assert.NotEmpty(FormattingCorpus.RejectedFileData());
    }

    [Theory]
    [MemberData(nameof(FormattingCorpus.ParsingFileData), MemberType = typeof(FormattingCorpus))]
    public void Format_CorpusFile_IsIdempotent(string file)
    {
        var once = Formatted(file, FormattingCorpus.Read(file));

        var twice = Formatted(file, once);

        Assert.Equal(once, twice);
    }

    [Theory]
    [MemberData(nameof(FormattingCorpus.ParsingFileData), MemberType = typeof(FormattingCorpus))]
    public void Format_CorpusFile_ChangesOnlyBlanks(string file)
    {
        var text = FormattingCorpus.Read(file);

        var formatted = Formatted(file, text);

        Assert.Equal(WithoutBlanks(text), WithoutBlanks(formatted));
    }

    [Theory]
    [MemberData(nameof(FormattingCorpus.ParsingFileData), MemberType = typeof(FormattingCorpus))]
    public void Format_CorpusFile_KeepsTheSyntaxTree(string file)
    {
        var text = FormattingCorpus.Read(file);

        var formatted = Formatted(file, text);

        Assert.Equal(SyntaxTreeText.Of(HclParser.ParseConfig(text, file).Value), SyntaxTreeText.Of(HclParser.ParseConfig(formatted, file).Value));
    }

    [Theory]
    [MemberData(nameof(FormattingCorpus.ParsingFileData), MemberType = typeof(FormattingCorpus))]
    public void Format_CorpusFile_KeepsTheHcl2JsonRendering(string file)
    {
        var text = FormattingCorpus.Read(file);
        var before = Render(text, file);

        var after = Render(Formatted(file, text), file);

        // hcl2json keeps non-literal expressions as their source text, whose inner spacing is exactly what
        // formatting changes; those strings are compared without blanks (the tree test covers their meaning).
        Assert.Equal(before is null, after is null);
        if (before is not null) Assert.True(SameModuloBlanks(before, after!), $"{file}:\nbefore: {before.ToJsonString()}\nafter:  {after!.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(FormattingCorpus.ParsingFileData), MemberType = typeof(FormattingCorpus))]
    public void Format_CorpusFile_LeavesNoTrailingBlanksOutsideLiterals(string file)
    {
        var formatted = Formatted(file, FormattingCorpus.Read(file));

        foreach (var token in HclScanner.Scan(formatted, file))
        {
            var lineEnd = token.Kind == HclTokenKind.Newline ? token.Text
                : token.CommentStyle is HclCommentStyle.Hash or HclCommentStyle.DoubleSlash ? token.Text
                : null;
            if (lineEnd is null) continue;
            var before = token.Kind == HclTokenKind.Newline ? Before(formatted, token) : lineEnd.TrimEnd('\n');
            Assert.False(before.EndsWith(' ') || before.EndsWith('\t'), $"{file}:{token.Range.Start.Line}: trailing blank");
            Assert.DoesNotContain('\r', lineEnd);
        }
    }

    [Theory]
    [MemberData(nameof(FormattingCorpus.RejectedFileData), MemberType = typeof(FormattingCorpus))]
    public void Format_FileHashiCorpRejects_ComesBackUnchangedWithErrors(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryLayout.Corpora, file));

        var result = HclFormatter.Format(text, file);

        Assert.True(result.HasErrors);
        Assert.Same(text, result.Value);
    }

    private static JsonNode? Render(string text, string file)
    {
        var parsed = HclParser.ParseConfig(text, file);
        return Hcl2JsonRenderer.ToJsonNode(parsed.Value, new DiagnosticBag());
    }

    private static bool SameModuloBlanks(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (JsonObject x, JsonObject y) => x.Count == y.Count && x.All(p => y.ContainsKey(p.Key) && SameModuloBlanks(p.Value, y[p.Key])),
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => SameModuloBlanks(p.First, p.Second)),
        (JsonValue x, JsonValue y) when x.TryGetValue<string>(out var s) && y.TryGetValue<string>(out var t) => WithoutBlanks(s) == WithoutBlanks(t),
        (JsonValue x, JsonValue y) => JsonNode.DeepEquals(x, y),
        _ => false,
    };

    private static string WithoutBlanks(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not (' ' or '\t' or '\r')) kept.Append(c);
        }
        return kept.ToString();
    }

    private static string Before(string text, HclToken token)
    {
        // Ranges count UTF-8 bytes; the char index of the token is found from its line and column instead.
        var lineStart = 0;
        for (var line = 1; line < token.Range.Start.Line; line++) lineStart = text.IndexOf('\n', lineStart) + 1;
        var lineText = text.AsSpan(lineStart);
        var newline = lineText.IndexOf('\n');
        var upTo = newline < 0 ? lineText : lineText[..newline];
        return upTo.TrimEnd('\r').ToString();
    }
}
