using Platform.Hcl.Syntax;
using Platform.Hcl.Syntax.Expressions;
using static Platform.Hcl.Tests.Parsing.ParsedSource;
using Attribute = Platform.Hcl.Syntax.Attribute;

namespace Platform.Hcl.Tests.Parsing;

public sealed class BodyParsingTests
{
    [Fact]
    public void ParseConfig_Attribute_HasNameEqualsAndExpressionRanges()
    {
        var attribute = SingleAttribute("count = 12\n");

        Assert.Equal("count", attribute.Name);
        Assert.Equal(Range(1, 1, 0, 1, 11, 10), attribute.Range);
        Assert.Equal(Range(1, 1, 0, 1, 6, 5), attribute.NameRange);
        Assert.Equal(Range(1, 7, 6, 1, 8, 7), attribute.EqualsRange);
        var number = Assert.IsType<NumberLiteralExpression>(attribute.Expression);
        Assert.Equal("12", number.Text);
        Assert.Equal(Range(1, 9, 8, 1, 11, 10), number.Range);
    }

    [Fact]
    public void ParseConfig_BlockWithQuotedAndBareLabels_KeepsLabelsAndBraceRanges()
    {
        const string source = "resource \"aws_instance\" web {\n  ami = \"x\"\n}\n";

        var block = Assert.IsType<Block>(Assert.Single(Config(source).Body.Items));

        Assert.Equal("resource", block.Type);
        Assert.Equal(["aws_instance", "web"], block.Labels.Select(l => l.Value));
        Assert.Equal([true, false], block.Labels.Select(l => l.Quoted));
        Assert.Equal("\"aws_instance\"", Text(source, block.Labels[0].Range));
        Assert.Equal("web", Text(source, block.Labels[1].Range));
        Assert.Equal("{", Text(source, block.OpenBraceRange));
        Assert.Equal("}", Text(source, block.CloseBraceRange));
        Assert.Equal(source.TrimEnd('\n'), Text(source, block.Range));
        Assert.Equal(Range(1, 29, 28, 3, 2, 43), block.Body.Range);
        Assert.Equal("ami", Assert.Single(block.Body.Attributes).Name);
    }

    [Fact]
    public void ParseConfig_QuotedLabelWithEscapes_IsDecoded()
    {
        var block = Assert.IsType<Block>(Assert.Single(Config("a \"x\\ty\\u00e9\" {\n}\n").Body.Items));

        Assert.Equal("x\ty\u00e9", block.Labels[0].Value);
    }

    [Fact]
    public void ParseConfig_OneLineBlock_HoldsItsSingleAttribute()
    {
        var block = Assert.IsType<Block>(Assert.Single(Config("a { b = 1 }\n").Body.Items));

        var attribute = Assert.Single(block.Body.Attributes);
        Assert.Equal("b", attribute.Name);
        Assert.Equal("b = 1", Text("a { b = 1 }\n", block.Body.Range));
    }

    [Fact]
    public void ParseConfig_EmptyOneLineBlock_IsEmpty()
    {
        var block = Assert.IsType<Block>(Assert.Single(Config("a {}\n").Body.Items));

        Assert.Empty(block.Body.Items);
    }

    [Fact]
    public void ParseConfig_OneLineBlockWithTwoAttributes_ReportsSingleArgumentRule()
    {
        var errors = ConfigErrors("a { b = 1, c = 2 }\n");

        Assert.Equal("Invalid single-argument block definition", errors[0].Summary);
        Assert.Equal(Range(1, 10, 9, 1, 11, 10), errors[0].Subject);
    }

    [Fact]
    public void ParseConfig_NestedBlocksAndComments_KeepsSourceOrder()
    {
        const string source = """
            # hash comment
            // slash comment
            /* block
               comment */
            job "web" {
              group "g" {
                count = 2 # trailing
              }
              datacenters = ["dc1"] /* inline */
            }
            """;

        var job = Assert.IsType<Block>(Assert.Single(Config(source).Body.Items));

        Assert.Collection(
            job.Body.Items,
            item => Assert.Equal("group", Assert.IsType<Block>(item).Type),
            item => Assert.Equal("datacenters", Assert.IsType<Attribute>(item).Name));
        Assert.Equal(5, job.TypeRange.Start.Line);
    }

    [Fact]
    public void ParseConfig_TopLevelBody_SpansToEndOfFile()
    {
        const string source = "a = 1\nb = 2\n";

        var body = Config(source).Body;

        Assert.Equal(0, body.Range.Start.Byte);
        Assert.Equal(source.Length, body.Range.End.Byte);
        Assert.True(body.EndRange.IsEmpty);
        Assert.Equal(source.Length, body.EndRange.Start.Byte);
    }

    [Fact]
    public void ParseConfig_CrLfLineEndings_AreNewlines()
    {
        var body = Config("a = 1\r\nb {\r\n  c = 2\r\n}\r\n").Body;

        Assert.Equal(2, body.Items.Count);
        Assert.Equal(2, body.Items[1].Range.Start.Line);
    }

    [Fact]
    public void ParseConfig_NonAsciiText_CountsBytesAndCharactersSeparately()
    {
        const string source = "s = \"h\u00e9llo\" # \u00e9\nn = 1\n";

        var body = Config(source).Body;

        var s = body.Attributes.First();
        Assert.Equal(Range(1, 1, 0, 1, 12, 12), s.Range);
        var n = body.Attributes.Last();
        Assert.Equal(Range(2, 1, 18, 2, 6, 23), n.Range);
    }

    [Fact]
    public void ParseConfig_ByteOrderMark_IsSkippedButCountedInBytes()
    {
        var attribute = SingleAttribute("\uFEFFa = 1\n");

        Assert.Equal(new Platform.Hcl.Diagnostics.SourcePos(1, 1, 3), attribute.Range.Start);
    }

    [Fact]
    public void ParseConfig_EmptyFile_HasEmptyBody()
    {
        Assert.Empty(Config("").Body.Items);
        Assert.Empty(Config("\n\n# only a comment").Body.Items);
    }

    [Theory]
    [InlineData("a = 1")]
    [InlineData("b {\n  c = 2\n}")]
    [InlineData("d { e = 3 }")]
    [InlineData("f = <<EOT\nx\nEOT\n")]
    public void ParseConfig_LastItemWithoutTrailingNewline_Parses(string source)
    {
        Assert.Single(Config(source).Body.Items);
    }
}
