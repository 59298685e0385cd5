using static Platform.Hcl.Tests.Functions.LibrarySource;

namespace Platform.Hcl.Tests.Functions;

public class NumericFunctionsTests
{
    [Theory]
    [InlineData("abs(23)", "23")]
    [InlineData("abs(0)", "0")]
    [InlineData("abs(-12.4)", "12.4")]
    [InlineData("ceil(5)", "5")]
    [InlineData("ceil(5.1)", "6")]
    [InlineData("floor(5)", "5")]
    [InlineData("floor(4.9)", "4")]
    [InlineData("floor(-4.1)", "-5")]
    [InlineData("log(50, 10)", "1.6989700043360185")]
    [InlineData("log(16, 2)", "4")]
    [InlineData("log(1, 10)", "0")]
    [InlineData("max(12, 54, 3)", "54")]
    [InlineData("max([12, 54, 3]...)", "54")]
    [InlineData("min(12, 54, 3)", "3")]
    [InlineData("min([12, 54, 3]...)", "3")]
    [InlineData("parseint(\"100\", 10)", "100")]
    [InlineData("parseint(\"FF\", 16)", "255")]
    [InlineData("parseint(\"-10\", 16)", "-16")]
    [InlineData("parseint(\"11111111\", 2)", "255")]
    [InlineData("parseint(\"aA\", 62)", "656")]
    [InlineData("parseint(\"12345678901234567890\", 10)", "12345678901234567890")]
    [InlineData("pow(3, 2)", "9")]
    [InlineData("pow(4, 0)", "1")]
    [InlineData("signum(-13)", "-1")]
    [InlineData("signum(0)", "0")]
    [InlineData("signum(344)", "1")]
    public void Call_DocumentedExample_TerraformResult(string source, string expected)
    {
        Assert.Equal(expected, EvalToJson(source));
    }

    [Theory]
    [InlineData("parseint(\"12\", 2)", "Invalid function argument; Invalid value for \"number\" parameter: cannot parse \"12\" as a base 2 integer.")]
    [InlineData("parseint(\"FF\", 1)", "Invalid function argument; Invalid value for \"base\" parameter: base must be a whole number between 2 and 62 inclusive.")]
    [InlineData("max()", "Error in function call; Call to function \"max\" failed: must pass at least one number.")]
    [InlineData("abs(\"x\")", "Invalid function argument; Invalid value for \"num\" parameter: a number is required.")]
    public void Call_BadArguments_TerraformMessage(string source, string expected)
    {
        Assert.Equal(expected, Error(source));
    }

    [Fact]
    public void Call_UnknownArgument_UnknownNumber()
    {
        var value = Value("abs(tonumber(unknown_string))");
        Assert.False(value.IsKnown);
        Assert.Equal(Platform.Hcl.Evaluation.HclType.Number, value.Type);
    }
}
