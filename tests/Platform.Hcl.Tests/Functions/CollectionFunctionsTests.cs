using Platform.Hcl.Evaluation;
using static Platform.Hcl.Tests.Functions.LibrarySource;

namespace Platform.Hcl.Tests.Functions;

public class CollectionFunctionsTests
{
    [Theory]
    [InlineData("alltrue([\"true\", true])", "true")]
    [InlineData("alltrue([true, false])", "false")]
    [InlineData("alltrue([])", "true")]
    [InlineData("anytrue([\"true\"])", "true")]
    [InlineData("anytrue([true, false])", "true")]
    [InlineData("anytrue([])", "false")]
    [InlineData("chunklist([\"a\", \"b\", \"c\", \"d\", \"e\"], 2)", "[[\"a\",\"b\"],[\"c\",\"d\"],[\"e\"]]")]
    [InlineData("chunklist([\"a\", \"b\", \"c\", \"d\", \"e\"], 1)", "[[\"a\"],[\"b\"],[\"c\"],[\"d\"],[\"e\"]]")]
    [InlineData("coalesce(\"a\", \"b\")", "\"a\"")]
    [InlineData("coalesce(\"\", \"b\")", "\"b\"")]
    [InlineData("coalesce(1, 2)", "1")]
    [InlineData("coalesce(null, 2)", "2")]
    [InlineData("coalesce([\"\", \"b\"]...)", "\"b\"")]
    [InlineData("coalescelist([\"a\", \"b\"], [\"c\", \"d\"])", "[\"a\",\"b\"]")]
    [InlineData("coalescelist([], [\"c\", \"d\"])", "[\"c\",\"d\"]")]
    [InlineData("coalescelist([[], [\"c\", \"d\"]]...)", "[\"c\",\"d\"]")]
    [InlineData("compact([\"a\", \"\", \"b\", null, \"c\"])", "[\"a\",\"b\",\"c\"]")]
    [InlineData("concat([\"a\", \"\"], [\"b\", \"c\"])", "[\"a\",\"\",\"b\",\"c\"]")]
    [InlineData("contains([\"a\", \"b\", \"c\"], \"a\")", "true")]
    [InlineData("contains([\"a\", \"b\", \"c\"], \"d\")", "false")]
    [InlineData("distinct([\"a\", \"b\", \"a\", \"c\", \"d\", \"b\"])", "[\"a\",\"b\",\"c\",\"d\"]")]
    [InlineData("element([\"a\", \"b\", \"c\"], 1)", "\"b\"")]
    [InlineData("element([\"a\", \"b\", \"c\"], 3)", "\"a\"")]
    [InlineData("element([\"a\", \"b\", \"c\"], length([\"a\", \"b\", \"c\"])-1)", "\"c\"")]
    [InlineData("flatten([[\"a\", \"b\"], [], [\"c\"]])", "[\"a\",\"b\",\"c\"]")]
    [InlineData("flatten([[[\"a\", \"b\"], []], [\"c\"]])", "[\"a\",\"b\",\"c\"]")]
    [InlineData("index([\"a\", \"b\", \"c\"], \"b\")", "1")]
    [InlineData("length([])", "0")]
    [InlineData("length([\"a\", \"b\"])", "2")]
    [InlineData("length({\"a\" = \"b\"})", "1")]
    [InlineData("length(\"hello\")", "5")]
    [InlineData("length(\"👾🕹️\")", "2")]
    [InlineData("one([])", "null")]
    [InlineData("one([\"hello\"])", "\"hello\"")]
    [InlineData("one(toset([]))", "null")]
    [InlineData("one(toset([\"hello\"]))", "\"hello\"")]
    [InlineData("range(3)", "[0,1,2]")]
    [InlineData("range(1, 4)", "[1,2,3]")]
    [InlineData("range(1, 8, 2)", "[1,3,5,7]")]
    [InlineData("range(1, 4, 0.5)", "[1,1.5,2,2.5,3,3.5]")]
    [InlineData("range(4, 1)", "[4,3,2]")]
    [InlineData("range(10, 5, -2)", "[10,8,6]")]
    [InlineData("reverse([1, 2, 3])", "[3,2,1]")]
    [InlineData("slice([\"a\", \"b\", \"c\", \"d\"], 1, 3)", "[\"b\",\"c\"]")]
    [InlineData("sort([\"e\", \"d\", \"a\", \"x\"])", "[\"a\",\"d\",\"e\",\"x\"]")]
    [InlineData("sum([10, 13, 6, 4.5])", "33.5")]
    public void Call_DocumentedExample_TerraformResult(string source, string expected)
    {
        Assert.Equal(expected, EvalToJson(source));
    }

    [Theory]
    [InlineData("coalesce(null, null)", "Error in function call; Call to function \"coalesce\" failed: no non-null, non-empty-string arguments.")]
    [InlineData("element([], 0)", "Invalid function argument; Invalid value for \"list\" parameter: cannot use element function with an empty list.")]
    [InlineData("element([1], -1)", "Invalid function argument; Invalid value for \"index\" parameter: cannot use element function with a negative index.")]
    [InlineData("index([], \"z\")", "Error in function call; Call to function \"index\" failed: cannot search an empty list.")]
    [InlineData("sum(\"x\")", "Invalid function argument; Invalid value for \"list\" parameter: cannot sum noniterable.")]
    [InlineData("list(1, 2)", "Error in function call; Call to function \"list\" failed: the \"list\" function was deprecated in Terraform v0.12 and is no longer available; use tolist([ ... ]) syntax to write a literal list.")]
    [InlineData("index([\"a\"], \"z\")", "Error in function call; Call to function \"index\" failed: item not found.")]
    [InlineData("one([\"a\", \"b\"])", "Invalid function argument; Invalid value for \"list\" parameter: must be a list, set, or tuple value with either zero or one elements.")]
    [InlineData("sum([])", "Invalid function argument; Invalid value for \"list\" parameter: cannot sum an empty list.")]
    [InlineData("range(0, 2000)", "Error in function call; Call to function \"range\" failed: more than 1024 values were generated; either decrease the difference between start and end or use a smaller step.")]
    [InlineData("length(5)", "Invalid function argument; Invalid value for \"value\" parameter: argument must be a string, a collection type, or a structural type.")]
    [InlineData("slice([1, 2], 1, 3)", "Invalid function argument; Invalid value for \"end_index\" parameter: end index must not be greater than the length of the list.")]
    [InlineData("contains([1], null)", "Invalid function argument; Invalid value for \"value\" parameter: argument must not be null.")]
    [InlineData("concat()", "Error in function call; Call to function \"concat\" failed: at least one argument is required.")]
    [InlineData("range(0, 5, -1)", "Invalid function argument; Invalid value for \"params\" parameter: end must be less than start when step is negative.")]
    [InlineData("range(5, 0, 1)", "Invalid function argument; Invalid value for \"params\" parameter: end must be greater than start when step is positive.")]
    [InlineData("element([1, 2], 1.5)", "Error in function call; Call to function \"element\" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807.")]
    [InlineData("element([1, 2], 99999999999999999999)", "Error in function call; Call to function \"element\" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807.")]
    public void Call_BadArguments_TerraformMessage(string source, string expected)
    {
        Assert.Equal(expected, Error(source));
    }

    [Fact]
    public void Length_UnknownList_UnknownNumber()
    {
        var value = Value("length(unknown_list)");
        Assert.False(value.IsKnown);
        Assert.Equal(HclType.Number, value.Type);
    }

    [Fact]
    public void Length_UnknownString_UnknownNumber()
    {
        Assert.False(Value("length(unknown_string)").IsKnown);
    }

    [Fact]
    public void Contains_UnknownElement_UnknownBool()
    {
        var value = Value("contains([\"a\", unknown_string], \"b\")");
        Assert.False(value.IsKnown);
        Assert.Equal(HclType.Bool, value.Type);
    }

    [Theory]
    [InlineData("element([\"a\", unknown_string], 0)", "\"a\"")]
    [InlineData("length([unknown_string, \"a\"])", "2")]
    [InlineData("contains([unknown_string, \"a\"], \"a\")", "true")]
    [InlineData("length(concat([unknown_string], [\"a\"]))", "2")]
    [InlineData("length(flatten([[unknown_string], [\"a\", \"b\"]]))", "3")]
    [InlineData("merge({a = unknown_string}, {b = 1}).b", "1")]
    [InlineData("keys({a = unknown_string, b = 1})", "[\"a\",\"b\"]")]
    [InlineData("length(reverse([unknown_string, \"a\"]))", "2")]
    [InlineData("zipmap([\"a\"], [unknown_string]) != null", "true")]
    public void Call_KnownCollectionWithUnknownElements_KeepsWhatIsKnown(string source, string expected)
    {
        Assert.Equal(expected, EvalToJson(source));
    }

    [Fact]
    public void Merge_UnknownElement_StaysUnknownInside()
    {
        var value = Value("merge({a = unknown_string}, {b = 1})");
        Assert.True(value.IsKnown);
        Assert.False(value.IsWhollyKnown);
    }

    [Fact]
    public void AllTrue_UnknownElement_UnknownUnlessDecidedByFalse()
    {
        Assert.False(Value("alltrue([true, tobool(unknown_string)])").IsKnown);
        Assert.Equal(HclValue.False, Value("alltrue([false, tobool(unknown_string)])"));
        Assert.False(Value("alltrue([tobool(unknown_string), false])").IsKnown);
        Assert.Equal(HclValue.True, Value("anytrue([tobool(unknown_string), true])"));
    }

    [Fact]
    public void Concat_Lists_KeepListType()
    {
        Assert.Equal(HclType.List(HclType.String), Value("concat(string_list, string_list)").Type);
    }

    [Fact]
    public void Sort_SensitiveList_SensitiveResult()
    {
        Assert.True(Value("sort(sensitive([\"b\", \"a\"]))").HasMark(Platform.Hcl.Evaluation.HclMarks.Sensitive));
    }
}
