using Platform.Hcl.Evaluation;
using static Platform.Hcl.Tests.Functions.LibrarySource;

namespace Platform.Hcl.Tests.Functions;

public class TypeConversionFunctionsTests
{
    [Theory]
    [InlineData("tobool(true)", "true")]
    [InlineData("tobool(\"true\")", "true")]
    [InlineData("tobool(null)", "null")]
    [InlineData("tonumber(1)", "1")]
    [InlineData("tonumber(\"1\")", "1")]
    [InlineData("tonumber(null)", "null")]
    [InlineData("tostring(\"hello\")", "\"hello\"")]
    [InlineData("tostring(1)", "\"1\"")]
    [InlineData("tostring(true)", "\"true\"")]
    [InlineData("tostring(null)", "null")]
    [InlineData("tolist([\"a\", \"b\", \"c\"])", "[\"a\",\"b\",\"c\"]")]
    [InlineData("tolist([\"a\", \"b\", 3])", "[\"a\",\"b\",\"3\"]")]
    [InlineData("tomap({\"a\" = 1, \"b\" = 2})", "{\"a\":1,\"b\":2}")]
    [InlineData("tomap({\"a\" = \"foo\", \"b\" = true})", "{\"a\":\"foo\",\"b\":\"true\"}")]
    [InlineData("toset([\"a\", \"b\", \"c\", \"a\"])", "[\"a\",\"b\",\"c\"]")]
    [InlineData("toset([\"c\", \"b\", \"b\"])", "[\"b\",\"c\"]")]
    [InlineData("toset([\"a\", \"b\", 3])", "[\"3\",\"a\",\"b\"]")]
    public void Call_DocumentedExample_TerraformResult(string source, string expected)
    {
        Assert.Equal(expected, EvalToJson(source));
    }

    [Theory]
    [InlineData("tobool(\"no\")", "Invalid function argument; Invalid value for \"v\" parameter: cannot convert \"no\" to bool; only the strings \"true\" or \"false\" are allowed.")]
    [InlineData("tobool(1)", "Invalid function argument; Invalid value for \"v\" parameter: cannot convert number to bool.")]
    [InlineData("tonumber(\"no\")", "Invalid function argument; Invalid value for \"v\" parameter: cannot convert \"no\" to number; given string must be a decimal representation of a number.")]
    [InlineData("tostring([])", "Invalid function argument; Invalid value for \"v\" parameter: cannot convert tuple to string.")]
    [InlineData("tonumber(sensitive(\"no\"))", "Invalid function argument; Invalid value for \"v\" parameter: cannot convert this sensitive string to number.")]
    [InlineData("tolist({a = 1})", "Invalid function argument; Invalid value for \"v\" parameter: cannot convert object to list of any single type.")]
    public void Call_Unconvertible_TerraformMessage(string source, string expected)
    {
        Assert.Equal(expected, Error(source));
    }

    [Fact]
    public void ToList_Result_IsList()
    {
        Assert.Equal(HclType.List(HclType.String), Value("tolist([\"a\"])").Type);
        Assert.Equal(HclType.Set(HclType.String), Value("toset([\"a\"])").Type);
        Assert.Equal(HclType.Map(HclType.Number), Value("tomap({a = 1})").Type);
    }

    [Fact]
    public void ToString_Unknown_UnknownString()
    {
        var value = Value("tostring(unknown_any)");
        Assert.False(value.IsKnown);
        Assert.Equal(HclType.String, value.Type);
    }

    [Fact]
    public void ToString_Sensitive_StaysSensitive()
    {
        Assert.True(Value("tostring(secret)").HasMark(HclMarks.Sensitive));
    }

    [Theory]
    [InlineData("try(tonumber(\"x\"), 0)", "0")]
    [InlineData("try(string_list[5], \"fallback\")", "\"fallback\"")]
    [InlineData("try(nothing.here, string_list[1])", "\"b\"")]
    [InlineData("try({a = 1}.b, {a = 1}.a)", "1")]
    [InlineData("can(regex(\"^ami-\", \"ami-123\"))", "true")]
    [InlineData("can(regex(\"^ami-\", \"img-123\"))", "false")]
    [InlineData("can(string_list[5])", "false")]
    [InlineData("[for s in [\"1\", \"x\", \"3\"] : s if can(tonumber(s))]", "[\"1\",\"3\"]")]
    public void TryCan_DocumentedExample_FirstSuccess(string source, string expected)
    {
        Assert.Equal(expected, EvalToJson(source));
    }

    [Fact]
    public void Try_AllFail_ListsEachFailure()
    {
        var error = Error("try(tonumber(\"x\"), string_list[9])");
        Assert.StartsWith("Error in function call; Call to function \"try\" failed: no expression succeeded:\n- Invalid function argument (at test.hcl:1,14-17)", error);
        Assert.Contains("- Invalid index (at test.hcl:1,", error);
        Assert.EndsWith("At least one expression must produce a successful result.", error);
    }

    [Fact]
    public void Try_UnknownFirstArgument_Unknown()
    {
        Assert.False(Value("try(unknown_string, \"x\")").IsKnown);
    }

    [Fact]
    public void Can_UnknownArgument_UnknownBool()
    {
        var value = Value("can(unknown_string)");
        Assert.False(value.IsKnown);
        Assert.Equal(HclType.Bool, value.Type);
    }

    [Fact]
    public void TryCan_DirectCallWithValues_FirstValueAndTrue()
    {
        Assert.Equal(HclValue.FromNumber(1), Context().Functions["try"].Call([HclValue.FromNumber(1), HclValue.FromNumber(2)]));
        Assert.Equal(HclValue.True, Context().Functions["can"].Call([HclValue.FromNumber(1)]));
    }

    [Fact]
    public void Sensitive_Value_MarkedAndDetectable()
    {
        Assert.True(Value("sensitive(\"x\")").HasMark(HclMarks.Sensitive));
        Assert.Equal(HclValue.True, Value("issensitive(secret)"));
        Assert.Equal(HclValue.False, Value("issensitive(\"x\")"));
        Assert.Equal(HclValue.True, Value("issensitive(sensitive(unknown_string))"));
    }

    [Fact]
    public void NonSensitive_SensitiveValue_PlainValue()
    {
        var value = Value("nonsensitive(secret)");
        Assert.False(value.IsMarked);
        Assert.Equal("hunter2", value.AsString());
    }

    [Fact]
    public void SensitiveResult_ThroughOtherFunctions_StaysMarked()
    {
        Assert.True(Value("length(sensitive([1, 2]))").HasMark(HclMarks.Sensitive));
        Assert.True(Value("format(\"%s!\", secret)").HasMark(HclMarks.Sensitive));
        Assert.True(Value("lookup({a = secret}, \"a\")").HasMark(HclMarks.Sensitive));
    }
}
