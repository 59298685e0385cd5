using Platform.Hcl.Parsing;

namespace Platform.Hcl.Tests.Parsing;

/// <summary>
/// Hostile nesting must end in a diagnostic, not a stack overflow (which would kill the process). These
/// run on a thread with a small 1 MB stack on purpose: the guard must hold even there.
/// </summary>
public sealed class NestingLimitTests
{
    private const int Depth = 100_000;

    public static TheoryData<string, string> DeepInputs() => new()
    {
        { "brackets", "a = " + new string('[', Depth) },
        { "parentheses", "a = " + new string('(', Depth) },
        { "objects", "a = " + string.Concat(Enumerable.Repeat("{b = ", Depth)) },
        { "blocks", string.Concat(Enumerable.Repeat("b {\n", Depth)) },
        { "unary", "a = " + new string('-', Depth) + "1" },
        { "interpolations", "a = " + string.Concat(Enumerable.Repeat("\"${", Depth)) },
        { "conditionals", "a = " + string.Concat(Enumerable.Repeat("x ? y : ", Depth)) + "z" },
        { "splats", "a = b" + string.Concat(Enumerable.Repeat("[*]", Depth)) },
        { "directives", "a = \"" + string.Concat(Enumerable.Repeat("%{ if x }", Depth)) + "\"" },
        { "calls", "a = " + string.Concat(Enumerable.Repeat("f(", Depth)) },
    };

    [Theory]
    [MemberData(nameof(DeepInputs))]
    public void ParseConfig_HundredThousandNestedLevels_ReportsDiagnostic(string shape, string source)
    {
        // Up to a megabyte of input each, so these get more time than one corpus file; still a hard bound.
        var diagnostics = BoundedParse.Run(source, CorpusMode.Config, stackBytes: 1024 * 1024, deadline: TimeSpan.FromSeconds(10));

        Assert.True(diagnostics.Count > 0, shape);
        Assert.Contains(diagnostics, d => d.Summary == "Nesting too deep");
    }

    [Fact]
    public void ParseConfig_NestingWithinLimit_Parses()
    {
        var source = "a = " + new string('[', 200) + new string(']', 200) + "\n";

        var result = HclParser.ParseConfig(source, "deep.hcl");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void ParseConfig_LongFlatInputs_ParseWithoutNesting()
    {
        var tuple = "a = [" + string.Join(",", Enumerable.Range(0, Depth)) + "]\n";
        var sum = "b = " + string.Join(" + ", Enumerable.Repeat("1", Depth)) + "\n";
        var chain = "c = x" + string.Concat(Enumerable.Repeat(".y", Depth)) + "\n";

        var result = HclParser.ParseConfig(tuple + sum + chain, "flat.hcl");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Take(3)));
        Assert.Equal(3, result.Value.Body.Items.Count);
    }
}
