using System.Text;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Tests.Parsing;

public sealed class ScannerTests
{
    [Fact]
    public void Scan_EveryCorpusFile_IsLossless()
    {
        foreach (var file in CorpusFiles.All.Where(f => f.Mode == CorpusMode.Config))
        {
            var text = file.Text;
            var tokens = HclScanner.Scan(text, file.RelativePath);

            var rebuilt = new StringBuilder();
            var utf8 = Encoding.UTF8.GetBytes(text);
            var at = 0;
            foreach (var token in tokens)
            {
                // Between tokens there may only be spaces and tabs.
                var gap = Encoding.UTF8.GetString(utf8, at, token.Range.Start.Byte - at);
                Assert.True(gap.All(c => c is ' ' or '\t'), $"{file}: unexpected gap [{gap}] before {token}");
                rebuilt.Append(gap).Append(token.Text);
                Assert.Equal(token.Text, Encoding.UTF8.GetString(utf8, token.Range.Start.Byte, token.Range.Length));
                at = token.Range.End.Byte;
            }
            Assert.Equal(text, rebuilt.ToString());
            Assert.Equal(HclTokenKind.EOF, tokens[^1].Kind);
        }
    }

    [Fact]
    public void Scan_Snippet_HasTemplateHeredocAndCommentTokens()
    {
        const string source = "a = \"x${b~}\" # c\nd = <<-EOT\n  e\n  EOT\n/* f */";

        var tokens = HclScanner.Scan(source, "t.hcl");

        Assert.Equal(
            [
                HclTokenKind.Ident, HclTokenKind.Equal, HclTokenKind.OQuote, HclTokenKind.QuotedLit, HclTokenKind.TemplateInterp,
                HclTokenKind.Ident, HclTokenKind.TemplateSeqEnd, HclTokenKind.CQuote, HclTokenKind.Comment,
                HclTokenKind.Ident, HclTokenKind.Equal, HclTokenKind.OHeredoc, HclTokenKind.StringLit, HclTokenKind.CHeredoc,
                HclTokenKind.Newline, HclTokenKind.Comment, HclTokenKind.EOF,
            ],
            tokens.Select(t => t.Kind));
        Assert.Equal("~}", tokens[6].Text);
        Assert.Equal("# c\n", tokens[8].Text);
        Assert.Equal(HclCommentStyle.Hash, tokens[8].CommentStyle);
        Assert.Equal("<<-EOT\n", tokens[11].Text);
        Assert.Equal("  EOT", tokens[13].Text);
        Assert.Equal(HclCommentStyle.Block, tokens[15].CommentStyle);
        Assert.Equal(HclCommentStyle.None, tokens[0].CommentStyle);
    }

    [Fact]
    public void Scan_SlashComment_HasDoubleSlashStyle()
    {
        var comment = HclScanner.Scan("// hi", "t.hcl")[0];

        Assert.Equal(HclCommentStyle.DoubleSlash, comment.CommentStyle);
    }

    [Fact]
    public void Scan_ClosingBraceOfNestedObjectInInterpolation_IsNotTheSequenceEnd()
    {
        var tokens = HclScanner.Scan("\"${ {a = 1} }\"", "t.hcl");

        Assert.Equal(
            [HclTokenKind.OQuote, HclTokenKind.TemplateInterp, HclTokenKind.OBrace, HclTokenKind.Ident, HclTokenKind.Equal,
             HclTokenKind.NumberLit, HclTokenKind.CBrace, HclTokenKind.TemplateSeqEnd, HclTokenKind.CQuote, HclTokenKind.EOF],
            tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Scan_NumberFollowedByDots_StopsBeforeTrailingDot()
    {
        var tokens = HclScanner.Scan("a.0.b 1...", "t.hcl");

        Assert.Equal(["a", ".", "0", ".", "b", "1", "...", ""], tokens.Select(t => t.Text));
    }
}
