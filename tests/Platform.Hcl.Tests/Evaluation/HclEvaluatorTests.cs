using Platform.Hcl.Evaluation;
using static Platform.Hcl.Tests.Evaluation.ExpressionSource;

namespace Platform.Hcl.Tests.Evaluation;

public class HclEvaluatorTests
{
    private static EvalContext Context() => new EvalContext()
        .WithVariable("name", Str("web"))
        .WithVariable("count", Num(3))
        .WithVariable("list", HclValue.List([Str("a"), Str("b"), Str("c")]))
        .WithVariable("map", HclValue.Map([KeyValuePair.Create("x", Num(1)), KeyValuePair.Create("y", Num(2))]))
        .WithVariable("obj", Obj(("id", Str("i-1")), ("tags", Obj(("env", Str("prod"))))))
        .WithVariable("objs", HclValue.List([Obj(("id", Str("i-1"))), Obj(("id", Str("i-2")))]))
        .WithVariable("unknown", HclValue.Unknown(HclType.String))
        .WithVariable("unknown_list", HclValue.Unknown(HclType.List(HclType.String)))
        .WithVariable("secret", Str("hunter2").Mark(HclMarks.Sensitive))
        .WithVariable("nothing", HclValue.Null(HclType.String))
        .WithFunction("upper", new HclFunction
        {
            Parameters = [new HclParameter("str", HclType.String)],
            ReturnType = HclFunction.Returns(HclType.String),
            Implementation = args => Str(args[0].AsString().ToUpperInvariant()),
        })
        .WithFunction("sum", new HclFunction
        {
            VariadicParameter = new HclParameter("numbers", HclType.Number),
            ReturnType = HclFunction.Returns(HclType.Number),
            Implementation = args => HclValue.FromNumber(args.Aggregate(HclNumber.Zero, (a, v) => a + v.AsNumber())),
        });

    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("\"2\" + 3", "5")]
    [InlineData("10 / 4", "2.5")]
    [InlineData("-7 % 3", "-1")]
    [InlineData("2 - 3.5", "-1.5")]
    public void Evaluate_Arithmetic_CtyNumbers(string source, string expected)
    {
        Assert.Equal(HclValue.FromNumber(HclNumber.Parse(expected)), Value(source));
    }

    [Theory]
    [InlineData("\"1\" == 1", false)]
    [InlineData("\"a\" != \"b\"", true)]
    [InlineData("1 < 2 && 2 <= 2", true)]
    [InlineData("false || !true", false)]
    [InlineData("null == null", true)]
    [InlineData("[1, 2] == [1, 2]", true)]
    [InlineData("{a = 1} == {a = 2}", false)]
    public void Evaluate_Logic_Bool(string source, bool expected)
    {
        Assert.Equal(HclValue.FromBool(expected), Value(source));
    }

    [Fact]
    public void Evaluate_TemplateWithInterpolation_String()
    {
        Assert.Equal(Str("web-3 of a"), Value("\"${name}-${count} of ${list[0]}\"", Context()));
    }

    [Fact]
    public void Evaluate_TemplateWrap_KeepsValueType()
    {
        Assert.Equal(Num(3), Value("\"${count}\"", Context()));
    }

    [Fact]
    public void Evaluate_TemplateIfAndFor_Rendered()
    {
        Assert.Equal(Str("a,b,c,"), Value("\"%{ for x in list }${x},%{ endfor }\"", Context()));
        Assert.Equal(Str("many"), Value("\"%{ if count > 1 }many%{ else }one%{ endif }\"", Context()));
    }

    [Fact]
    public void Evaluate_TemplateWithUnknown_UnknownString()
    {
        Assert.Equal(HclValue.Unknown(HclType.String), Value("\"id-${unknown}\"", Context()));
    }

    [Fact]
    public void Evaluate_NullInterpolation_Error()
    {
        var error = Error("\"x${nothing}\"", Context());

        Assert.Equal("Invalid template interpolation value", error.Summary);
        Assert.Equal("The expression result is null. Cannot include a null value in a string template.", error.Detail);
        Assert.Equal("test.hcl:1,5-12", error.Subject.ToString());
    }

    [Fact]
    public void Evaluate_Traversals_AttributesAndIndexes()
    {
        var context = Context();
        Assert.Equal(Str("prod"), Value("obj.tags.env", context));
        Assert.Equal(Str("b"), Value("list[1]", context));
        Assert.Equal(Str("c"), Value("list.2", context));
        Assert.Equal(Num(2), Value("map[\"y\"]", context));
        Assert.Equal(Num(1), Value("map.x", context));
        Assert.Equal(Str("prod"), Value("obj[\"tags\"].env", context));
    }

    [Fact]
    public void Evaluate_UnknownVariable_SuggestsName()
    {
        var error = Error("nam", Context());

        Assert.Equal("Unknown variable", error.Summary);
        Assert.Equal("There is no variable named \"nam\". Did you mean \"name\"?", error.Detail);
    }

    [Fact]
    public void Evaluate_VariableWithoutContext_NotAllowed()
    {
        Assert.Equal("Variables not allowed", Error("foo").Summary);
    }

    [Fact]
    public void Evaluate_MissingAttribute_Unsupported()
    {
        var error = Error("obj.nope", Context());

        Assert.Equal("Unsupported attribute", error.Summary);
        Assert.Equal("This object does not have an attribute named \"nope\".", error.Detail);
        Assert.Equal("test.hcl:1,4-9", error.Subject.ToString());
    }

    [Fact]
    public void Evaluate_AttributeOnListOfObjects_Hint()
    {
        var error = Error("objs.id", Context());

        Assert.Contains("Did you mean to access attribute \"id\" for a specific element of the list", error.Detail);
    }

    [Fact]
    public void Evaluate_IndexOutOfRange_InvalidIndex()
    {
        var error = Error("list[5]", Context());

        Assert.Equal("Invalid index", error.Summary);
        Assert.StartsWith("The given key does not identify an element in this collection value", error.Detail);
    }

    [Fact]
    public void Evaluate_Splats_BothKinds()
    {
        var context = Context();
        Assert.Equal(HclValue.List([Str("i-1"), Str("i-2")]), Value("objs[*].id", context));
        Assert.Equal(HclValue.List([Str("i-1"), Str("i-2")]), Value("objs.*.id", context));
        Assert.Equal(HclValue.Tuple(Str("i-1")), Value("obj[*].id", context));
        Assert.Equal(HclValue.EmptyTuple, Value("nothing[*]", context));
    }

    [Fact]
    public void Evaluate_FunctionCallWithExpansion_Works()
    {
        var context = Context();
        Assert.Equal(Str("WEB"), Value("upper(name)", context));
        Assert.Equal(Num(6), Value("sum([1, 2, 3]...)", context));
        Assert.Equal(HclValue.Unknown(HclType.String), Value("upper(unknown)", context));
    }

    [Fact]
    public void Evaluate_UnknownFunction_SuggestsName()
    {
        var error = Error("uper(name)", Context());

        Assert.Equal("Call to unknown function", error.Summary);
        Assert.Equal("There is no function named \"uper\". Did you mean \"upper\"?", error.Detail);
    }

    [Fact]
    public void Evaluate_BadFunctionArgument_InvalidFunctionArgument()
    {
        var error = Error("sum(1, \"x\")", Context());

        Assert.Equal("Invalid function argument", error.Summary);
        Assert.Equal("Invalid value for \"numbers\" parameter: a number is required.", error.Detail);
        Assert.Equal("test.hcl:1,8-11", error.Subject.ToString());
    }

    [Fact]
    public void Evaluate_NotEnoughArguments_Error()
    {
        Assert.Equal("Not enough function arguments", Error("upper()", Context()).Summary);
    }

    [Fact]
    public void Evaluate_Conditional_UnifiesResultTypes()
    {
        Assert.Equal(Str("1"), Value("true ? 1 : \"two\""));
        Assert.Equal(HclValue.Unknown(HclType.String), Value("unknown == \"a\" ? \"x\" : \"y\"", Context()));
        Assert.Equal(HclValue.Null(HclType.String), Value("false ? \"a\" : null"));
    }

    [Fact]
    public void Evaluate_ConditionalWithInconsistentTypes_Error()
    {
        var error = Error("true ? [1] : {a = 1}");

        Assert.Equal("Inconsistent conditional result types", error.Summary);
    }

    [Fact]
    public void Evaluate_NonBoolCondition_IncorrectConditionType()
    {
        Assert.Equal("Incorrect condition type", Error("\"yes\" ? 1 : 2").Summary);
    }

    [Fact]
    public void Evaluate_OperatorOnWrongType_InvalidOperand()
    {
        var error = Error("true && 1");

        Assert.Equal("Invalid operand", error.Summary);
        Assert.Equal("Unsuitable value for right operand: bool required.", error.Detail);
    }

    [Fact]
    public void Evaluate_ComparisonOnStrings_InvalidOperand()
    {
        Assert.Equal("Unsuitable value for left operand: a number is required.", Error("\"a\" < 1").Detail);
    }

    [Fact]
    public void Evaluate_ObjectConstructor_BareAndComputedKeys()
    {
        var value = Value("{ name = 1, (name) = 2, \"quoted\" = 3 }", Context());

        Assert.Equal(Obj(("name", Num(1)), ("quoted", Num(3)), ("web", Num(2))), value);
    }

    [Fact]
    public void Evaluate_DuplicateObjectKey_LaterValueWinsLikeTerraform()
    {
        // `echo '{ a = 1, a = 2 }' | terraform console` prints { "a" = 2 } with no diagnostic.
        Assert.Equal(Obj(("a", Num(2))), Value("{ a = 1, a = 2 }"));
    }

    [Fact]
    public void Evaluate_ForExpressions_TupleObjectAndGrouping()
    {
        var context = Context();
        Assert.Equal(HclValue.Tuple(Str("A"), Str("C")), Value("[for x in list : upper(x) if x != \"b\"]", context));
        Assert.Equal(Obj(("x", Num(2)), ("y", Num(4))), Value("{for k, v in map : k => v * 2}", context));
        Assert.Equal(Obj(("a", HclValue.Tuple(Num(1), Num(3))), ("b", HclValue.Tuple(Num(2)))),
            Value("{for i, v in [\"a\", \"b\", \"a\"] : v => i + 1...}", context));
        Assert.Equal(HclValue.Tuple(Num(0), Num(1), Num(2)), Value("[for i, v in list : i]", context));
    }

    [Fact]
    public void Evaluate_ForDuplicateKeyWithoutGrouping_Error()
    {
        var error = Error("{for v in [\"a\", \"a\"] : v => v}");

        Assert.Equal("Duplicate object key", error.Summary);
    }

    [Fact]
    public void Evaluate_ForOverUnknown_UnknownResult()
    {
        Assert.Equal(HclValue.DynamicUnknown, Value("[for x in unknown_list : x]", Context()));
    }

    [Fact]
    public void Evaluate_ForOverSet_SetOrder()
    {
        var context = new EvalContext().WithVariable("s", HclValue.Set([Str("b"), Str("a")]));

        Assert.Equal(HclValue.Tuple(Str("a"), Str("b")), Value("[for x in s : x]", context));
    }

    [Fact]
    public void Evaluate_SensitiveOperand_ResultStaysSensitive()
    {
        var context = Context();
        Assert.True(Value("\"pw: ${secret}\"", context).HasMark(HclMarks.Sensitive));
        Assert.True(Value("upper(secret)", context).HasMark(HclMarks.Sensitive));
        Assert.True(Value("secret == \"x\"", context).HasMark(HclMarks.Sensitive));
        Assert.True(Value("[for c in [secret] : c][0]", context).HasMark(HclMarks.Sensitive));
    }

    [Fact]
    public void Evaluate_BigLiteral_FullPrecision()
    {
        var value = Value("3.14159265358979323846264338327950288419716939937510582097494459 + 1");

        Assert.Equal("4.14159265358979323846264338327950288419716939937510582097494459", value.AsNumber().ToString());
    }

    [Fact]
    public void Evaluate_ArithmeticOnUnknown_UnknownNumber()
    {
        Assert.Equal(HclValue.Unknown(HclType.Number), Value("count + length", new EvalContext()
            .WithVariable("count", Num(1)).WithVariable("length", HclValue.Unknown(HclType.Number))));
    }

    [Fact]
    public void Evaluate_NullOperand_OperationFailed()
    {
        var error = Error("nothing + 1", Context());

        Assert.Equal("Operation failed", error.Summary);
        Assert.Equal("Error during operation: argument must not be null.", error.Detail);
    }
}
