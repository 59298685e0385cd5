using Platform.Hcl.Decoding;
using Platform.Hcl.Decoding.Native;
using Platform.Hcl.Json.Syntax;

namespace Platform.Hcl.Tests.Decoding;

public class ConfigBodyParserTests
{
    [Theory]
    [InlineData("main.tf", "a = 1\n", typeof(NativeBody))]
    [InlineData("main.tf.json", "{\"a\": 1}", typeof(JsonBody))]
    [InlineData("JOB.HCL.JSON", "{\"a\": 1}", typeof(JsonBody))]
    public void Parse_ByFileName_PicksTheSyntax(string filename, string text, Type expected)
    {
        var parsed = ConfigBodyParser.Parse(text, filename);

        Assert.Empty(parsed.Diagnostics);
        Assert.IsType(expected, parsed.Value);
        var (content, diagnostics) = parsed.Value.Content(new BodySchema([new AttributeSchema("a", Required: true)], []));
        Assert.Empty(diagnostics);
        Assert.Equal(1, content.Attributes["a"].Expression.Evaluate(null).Value.AsInt());
    }

    [Fact]
    public void Parse_BrokenJson_StillReturnsABody()
    {
        var parsed = ConfigBodyParser.Parse("{\"a\": ", "x.json");

        Assert.True(parsed.HasErrors);
        Assert.NotNull(parsed.Value);
    }
}
