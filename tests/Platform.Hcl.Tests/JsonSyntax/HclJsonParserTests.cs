using Platform.Hcl.Diagnostics;
using Platform.Hcl.Json.Syntax;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Tests.JsonSyntax;

public class HclJsonParserTests
{
    private static ParseResult<JsonConfigFile> Parse(string text) => HclJsonParser.Parse(text, "test.hcl.json");

    [Fact]
    public void Parse_ObjectWithProperties_KeepsOrderDuplicatesAndRanges()
    {
        var (file, diagnostics) = Parse("{\n  \"a\": 1,\n  \"a\": \"x\"\n}");

        Assert.Empty(diagnostics);
        var root = Assert.IsType<JsonObjectSyntax>(file.Root);
        Assert.Equal(["a", "a"], root.Properties.Select(p => p.Name));
        var first = root.Properties[0];
        Assert.Equal(new SourcePos(2, 3, 4), first.NameRange.Start);
        Assert.Equal(new SourcePos(2, 6, 7), first.NameRange.End);
        Assert.Equal("1", Assert.IsType<JsonNumberSyntax>(first.Value).Text);
        Assert.Equal(new SourcePos(4, 1, 23), root.CloseRange.Start);
        Assert.Equal(new SourcePos(1, 1, 0), root.Range.Start);
        Assert.Equal(new SourcePos(4, 2, 24), root.Range.End);
    }

    [Fact]
    public void Parse_MultiByteCharacters_CountsColumnsInCharactersAndBytesInUtf8()
    {
        var (file, diagnostics) = Parse("{\"é\": \"👩x\", \"b\": 1}");

        Assert.Empty(diagnostics);
        var root = (JsonObjectSyntax)file.Root;
        var value = Assert.IsType<JsonStringSyntax>(root.Properties[0].Value);
        Assert.Equal("👩x", value.Value);
        Assert.Equal(new SourcePos(1, 7, 7), value.Range.Start);
        Assert.Equal(new SourcePos(1, 11, 14), value.Range.End);
        Assert.Equal(new SourcePos(1, 13, 16), root.Properties[1].NameRange.Start);
    }

    [Fact]
    public void Parse_TabsCarriageReturnsAndCombiningMarks_CountColumnsAsHashiCorpDoes()
    {
        var (file, diagnostics) = Parse("{\r\n\t\"n\u0303x\": 1}");

        Assert.Empty(diagnostics);
        var property = ((JsonObjectSyntax)file.Root).Properties[0];
        Assert.Equal(new SourcePos(2, 3, 4), property.NameRange.Start);
        Assert.Equal(new SourcePos(2, 7, 10), property.NameRange.End);
    }

    [Theory]
    [InlineData("\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00\"", "a\"b\\c/d\n\té😀")]
    [InlineData("\"${not interpolated here}\"", "${not interpolated here}")]
    public void Parse_StringEscapes_Decoded(string json, string expected)
    {
        var (expression, diagnostics) = HclJsonParser.ParseExpression(json, "x.json");

        Assert.Empty(diagnostics);
        Assert.Equal(expected, Assert.IsType<JsonStringSyntax>(expression.Value).Value);
    }

    [Theory]
    [InlineData("\"\\ud800\"", "\ufffd")]
    [InlineData("\"a\\udc00b\"", "a\ufffdb")]
    [InlineData("\"\\ud83d\\ud83d\\ude00\"", "\ufffd\U0001F600")]
    [InlineData("\"\\ude00\\ud83d\"", "\ufffd\ufffd")]
    public void Parse_UnpairedSurrogateEscape_BecomesReplacementCharacterAsInGo(string json, string expected)
    {
        var (expression, diagnostics) = HclJsonParser.ParseExpression(json, "x.json");

        Assert.Empty(diagnostics);
        Assert.Equal(expected, Assert.IsType<JsonStringSyntax>(expression.Value).Value);
        var (value, evaluationDiagnostics) = expression.Evaluate(new Platform.Hcl.Evaluation.EvalContext());
        Assert.Empty(evaluationDiagnostics);
        Assert.Equal(expected, value.AsString());
    }

    [Fact]
    public void Parse_RawTabInString_SaysToEscapeItRatherThanThatTheQuoteIsMissing()
    {
        var (_, diagnostics) = HclJsonParser.ParseExpression("{\"a\": \"tab\there\"}", "x.json");

        var error = Assert.Single(diagnostics);
        Assert.Contains("must be escaped", error.Detail, StringComparison.Ordinal);
        Assert.Equal("x.json:1,11-11", error.Subject.ToString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-12.5e+3")]
    [InlineData("3.14159265358979323846264338327950288419716939937510582097494459")]
    [InlineData("1E5")]
    public void Parse_ValidNumber_KeepsSourceText(string json)
    {
        var (expression, diagnostics) = HclJsonParser.ParseExpression(json, "x.json");

        Assert.Empty(diagnostics);
        Assert.Equal(json, Assert.IsType<JsonNumberSyntax>(expression.Value).Text);
    }

    [Theory]
    [InlineData("{\"a\": 01}", "Invalid JSON number")]
    [InlineData("{\"a\": 1.}", "Invalid JSON number")]
    [InlineData("{\"a\": -}", "Invalid JSON number")]
    [InlineData("{\"a\" = 1}", "Missing property value colon")]
    [InlineData("{\"a\" 1}", "Missing property value colon")]
    [InlineData("{\"a\": 1,}", "Trailing comma in object")]
    [InlineData("[1,]", "Trailing comma in array")]
    [InlineData("{\"a\": 1", "Unclosed object")]
    [InlineData("[1", "Unclosed array")]
    [InlineData("{\"a\": 1]", "Mismatched braces")]
    [InlineData("[1}", "Mismatched brackets")]
    [InlineData("{\"a\": 1 \"b\": 2}", "Missing attribute separator comma")]
    [InlineData("{1: 2}", "Invalid object property name")]
    [InlineData("{\"a\": tru}", "Invalid JSON keyword")]
    [InlineData("{\"a\": NaN}", "Invalid JSON keyword")]
    [InlineData("{\"a\": \"x\\q\"}", "Invalid JSON string")]
    [InlineData("{\"a\": \"unterminated\n}", "Invalid JSON string")]
    [InlineData("{\"a\": \"tab\there\"}", "Invalid JSON string")]
    [InlineData("{\"a\": \"\\u12\"}", "Invalid JSON string")]
    [InlineData("{\"a\": @}", "Invalid start of value")]
    [InlineData("{\"a\": }", "Missing JSON value")]
    [InlineData("", "Missing value")]
    [InlineData("{} {}", "Extraneous data after value")]
    [InlineData("\"just a string\"", "Root value must be object")]
    [InlineData("{\"a\":", "Missing value")]
    public void Parse_MalformedInput_ReportsHclSummary(string json, string summary)
    {
        var (file, diagnostics) = Parse(json);

        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.Summary == summary);
        Assert.NotNull(file.Body);
    }

    [Fact]
    public void Parse_InvalidEscape_PointsAtTheBackslash()
    {
        var (_, diagnostics) = Parse("{\"a\": \"ok\\q\"}");

        var error = Assert.Single(diagnostics);
        Assert.Equal(new SourcePos(1, 10, 9), error.Subject!.Value.Start);
        Assert.Equal(new SourcePos(1, 7, 6), error.Context!.Value.Start);
    }

    [Fact]
    public void Parse_UnclosedObject_PointsAtOpeningBrace()
    {
        var (_, diagnostics) = Parse("{\n  \"a\": {\n    \"b\": 1\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal("Unclosed object", error.Summary);
        Assert.Equal(2, error.Subject!.Value.Start.Line);
        Assert.Equal(8, error.Subject!.Value.Start.Column);
    }

    [Fact]
    public void Parse_HundredThousandNestedArrays_ReportsNestingWithoutOverflow()
    {
        var text = "{\"a\": " + new string('[', 100_000) + new string(']', 100_000) + "}";

        var (_, diagnostics) = Parse(text);

        Assert.Contains(diagnostics, d => d.Summary == "Nesting too deep");
    }

    [Fact]
    public void Parse_NestingWithinLimit_Succeeds()
    {
        var depth = JsonValueParser.MaxDepth - 1;
        var text = "{\"a\": " + new string('[', depth) + new string(']', depth) + "}";

        var (_, diagnostics) = Parse(text);

        Assert.Empty(diagnostics);
    }
}
