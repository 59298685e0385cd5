using Platform.Hcl.Evaluation;
using static Platform.Hcl.Tests.Evaluation.ExpressionSource;

namespace Platform.Hcl.Tests.Evaluation;

/// <summary>Behaviours where hclsyntax makes a specific choice that users can observe.</summary>
public class HclEvaluatorEdgeCaseTests
{
    private static readonly HclFunction Length = new()
    {
        Parameters = [new HclParameter("list", HclType.List(HclType.Dynamic))],
        ReturnType = HclFunction.Returns(HclType.Number),
        Implementation = args => HclValue.FromNumber(args[0].Length),
    };

    private static readonly HclFunction Concat = new()
    {
        Parameters = [new HclParameter("first", HclType.String)],
        VariadicParameter = new HclParameter("rest", HclType.String),
        ReturnType = HclFunction.Returns(HclType.String),
        Implementation = args => Str(string.Concat(args.Select(a => a.AsString()))),
    };

    private static EvalContext Context() => new EvalContext()
        .WithVariable("unknown", HclValue.Unknown(HclType.String))
        .WithVariable("empty_list", HclValue.Null(HclType.List(HclType.String)))
        .WithVariable("secret_key", Str("k").Mark(HclMarks.Sensitive))
        .WithFunction("length", Length)
        .WithFunction("concat", Concat);

    [Fact]
    public void Conditional_UnchosenBranchError_NotReported()
    {
        Assert.Equal(Str("a"), Value("true ? \"a\" : nope", Context()));
    }

    [Fact]
    public void Or_KnownTrueLeft_RightSideErrorsDropped()
    {
        Assert.Equal(HclValue.True, Value("true || nope", Context()));
        Assert.Equal(HclValue.False, Value("false && nope", Context()));
    }

    [Fact]
    public void And_UnknownAndTrue_Unknown()
    {
        Assert.Equal(HclValue.Unknown(HclType.Bool), Value("unknown == \"x\" && true", Context()));
        Assert.Equal(HclValue.False, Value("unknown == \"x\" && false", Context()));
    }

    [Fact]
    public void Call_ListWithUnknownElement_FunctionStillCalled()
    {
        Assert.Equal(Num(2), Value("length([\"a\", unknown])", Context()));
    }

    [Fact]
    public void Call_TooFewArgumentsToVariadic_SaysAtLeast()
    {
        var error = Error("concat()", Context());

        Assert.Equal("Function \"concat\" expects at least 1 argument(s). Missing value for \"first\".", error.Detail);
    }

    [Fact]
    public void Call_TooManyArguments_PointsAtFirstExtra()
    {
        var error = Error("length([], [1])", Context());

        Assert.Equal("Too many function arguments", error.Summary);
        // HCL points at the start of the extra argument: for a tuple, its opening bracket.
        Assert.Equal("test.hcl:1,12-13", error.Subject.ToString());
    }

    [Fact]
    public void Call_WithoutFunctions_NotAllowed()
    {
        Assert.Equal("Function calls not allowed", Error("length([])").Summary);
    }

    [Theory]
    [InlineData("[1, 2][2]", "The given key does not identify an element in this collection value: the given index is greater than or equal to the length of the collection.")]
    [InlineData("[1, 2][5]", "The given key does not identify an element in this collection value.")]
    [InlineData("[][0]", "The given key does not identify an element in this collection value: the collection has no elements.")]
    [InlineData("[1, 2][0.5]", "The given key does not identify an element in this collection value: indexing a sequence requires a whole number, but the given index has a fractional part.")]
    [InlineData("[1, 2][-1]", "The given key does not identify an element in this collection value: a negative number is not a valid index for a sequence.")]
    [InlineData("{a = 1}[0]", "The given key does not identify an element in this collection value. An object only supports looking up attributes by name, not by numeric index.")]
    [InlineData("[1][\"x\"]", "The given key does not identify an element in this collection value: a number is required.")]
    public void Index_Invalid_HclDetail(string source, string detail)
    {
        var error = Error(source);

        Assert.Equal("Invalid index", error.Summary);
        Assert.Equal(detail, error.Detail);
    }

    [Fact]
    public void Index_NumericStringKeyOnList_Converted()
    {
        Assert.Equal(Num(20), Value("[10, 20][\"1\"]"));
    }

    [Fact]
    public void Splat_NullList_Error()
    {
        Assert.Equal("Splat of null value", Error("empty_list[*]", Context()).Summary);
    }

    [Fact]
    public void Splat_UnknownList_UnknownListOfResultType()
    {
        var context = new EvalContext().WithVariable("l", HclValue.Unknown(HclType.List(HclType.Object([KeyValuePair.Create("id", HclType.String)]))));

        Assert.Equal(HclValue.Unknown(HclType.List(HclType.String)), Value("l[*].id", context));
    }

    [Fact]
    public void For_NonBoolCondition_ReportedOnce()
    {
        var result = Run("[for x in [1, 2, 3] : x if \"maybe\"]");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("Invalid 'for' condition", error.Summary);
        Assert.Equal("The 'if' clause value is invalid: a bool is required.", error.Detail);
    }

    [Fact]
    public void For_OverNonIterable_Error()
    {
        var error = Error("[for x in 5 : x]");

        Assert.Equal("Iteration over non-iterable value", error.Summary);
        Assert.Equal("A value of type number cannot be used as the collection in a 'for' expression.", error.Detail);
    }

    [Fact]
    public void For_MarkedKey_ResultMarked()
    {
        Assert.True(Value("{for v in [1] : secret_key => v}", Context()).HasMark(HclMarks.Sensitive));
    }

    [Fact]
    public void For_ObjectOverMap_LexicalKeyOrder()
    {
        var value = Value("[for k, v in {b = 1, a = 2, c = 3} : k]");

        Assert.Equal(HclValue.Tuple(Str("a"), Str("b"), Str("c")), value);
    }

    [Fact]
    public void Conditional_InconsistentObjects_DescribesAttribute()
    {
        var error = Error("true ? {a = 1} : {b = [1]}");

        Assert.Equal("The true and false result expressions must have consistent types. The 'true' value includes object attribute \"a\", which is absent in the 'false' value.", error.Detail);
    }

    [Fact]
    public void Template_NonStringableInterpolation_Error()
    {
        var error = Error("\"x${[1]}\"");

        Assert.Equal("Invalid template interpolation value", error.Summary);
        Assert.Equal("Cannot include the given value in a string template: string required.", error.Detail);
    }

    [Theory]
    [InlineData("0.000001", "0.000001")]
    [InlineData("1e-7", "0.0000001")]
    [InlineData("1.0", "1")]
    [InlineData("2e3", "2000")]
    public void NumberInTemplate_FormattedWithoutExponent(string literal, string text)
    {
        Assert.Equal(Str("n=" + text), Value($"\"n=${{{literal}}}\""));
    }

    [Fact]
    public void Divide_ByZero_Infinity()
    {
        Assert.Equal("+Inf", Value("1 / 0").AsNumber().ToString());
    }

    [Fact]
    public void Modulo_ByZero_ReturnsDividend()
    {
        Assert.Equal(Num(7), Value("7 % 0"));
    }
}
