using Platform.Hcl.Evaluation;
using static Platform.Hcl.Tests.Functions.LibrarySource;

namespace Platform.Hcl.Tests.Functions;

public class RegexFunctionsTests
{
    [Theory]
    [InlineData("regex(\"[a-z]+\", \"53453453.345345aaabbbccc23454\")", "\"aaabbbccc\"")]
    [InlineData("regex(\"(\\\\d\\\\d\\\\d\\\\d)-(\\\\d\\\\d)-(\\\\d\\\\d)\", \"2019-02-01\")", "[\"2019\",\"02\",\"01\"]")]
    [InlineData("regex(\"^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?\", \"https://terraform.io/docs/\")", "{\"authority\":\"terraform.io\",\"scheme\":\"https\"}")]
    [InlineData("regexall(\"a*\", \"baaa\")", "[\"\",\"aaa\"]")]
    [InlineData("regexall(\"[a-z]+\", \"1234abcd5678efgh9\")", "[\"abcd\",\"efgh\"]")]
    [InlineData("length(regexall(\"[a-z]+\", \"1234abcd5678efgh9\"))", "2")]
    [InlineData("length(regexall(\"[a-z]+\", \"123456789\")) > 0", "false")]
    [InlineData("regex(\"a(b)?c\", \"ac\")", "[null]")]
    [InlineData("regex(\"x$\", \"x\")", "\"x\"")]
    [InlineData("regex(\"\\\\d+\", \"٣٤5\")", "\"5\"")]
    [InlineData("regex(\"[[:alpha:]]+\", \"12abc3\")", "\"abc\"")]
    [InlineData("regex(\"\\\\Qa.b\\\\E\", \"xa.b\")", "\"a.b\"")]
    [InlineData("regex(\"(?i)HELLO\", \"say hello\")", "\"hello\"")]
    public void Call_DocumentedExample_TerraformResult(string source, string expected)
    {
        Assert.Equal(expected, EvalToJson(source));
    }

    [Fact]
    public void Regex_DollarBeforeFinalNewline_NoMatchAsInRe2()
    {
        Assert.Equal("Error in function call; Call to function \"regex\" failed: pattern did not match any part of the given string.", Error("regex(\"x$\", \"x\\n\")"));
    }

    [Theory]
    [InlineData("(a)\\\\1")]
    [InlineData("a(?=b)")]
    [InlineData("a(?!b)")]
    [InlineData("(?<=a)b")]
    [InlineData("(?>a)")]
    [InlineData("a*+")]
    [InlineData("(?U)a*")]
    public void Regex_ConstructRe2Rejects_ErrorOnPattern(string pattern)
    {
        Assert.StartsWith("Invalid function argument; Invalid value for \"pattern\" parameter: error parsing pattern: ", Error($"regex(\"{pattern}\", \"ab\")"));
    }

    [Fact]
    public void Regex_MixedNamedAndUnnamedGroups_Error()
    {
        Assert.Contains("cannot mix both named and unnamed capture groups", Error("regex(\"(?P<a>x)(y)\", \"xy\")"));
    }

    [Fact]
    public void Regex_PathologicalPattern_LinearTime()
    {
        // (a+)+$ against "aaaa…b" takes exponential time on a backtracking engine.
        var value = Value("length(regexall(\"(a+)+$\", join(\"\", [for i in range(1000) : \"a\"], [\"b\"])))");
        Assert.Equal(HclValue.FromNumber(0), value);
    }

    [Fact]
    public void RegexAll_Result_IsListOfTuples()
    {
        Assert.Equal(HclType.List(HclType.Tuple(HclType.String)), Value("regexall(\"(a)\", \"aa\")").Type);
    }
}
