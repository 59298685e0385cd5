using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Tests.Evaluation;

public class HclFunctionTests
{
    private static readonly HclFunction Upper = new()
    {
        Parameters = [new HclParameter("str", HclType.String)],
        ReturnType = HclFunction.Returns(HclType.String),
        Implementation = args => HclValue.FromString(args[0].AsString().ToUpperInvariant()),
    };

    private static readonly HclFunction Sum = new()
    {
        VariadicParameter = new HclParameter("numbers", HclType.Number),
        ReturnType = HclFunction.Returns(HclType.Number),
        Implementation = args => HclValue.FromNumber(args.Aggregate(HclNumber.Zero, (acc, v) => acc + v.AsNumber())),
    };

    [Fact]
    public void Call_NumberArgument_ConvertedToString()
    {
        Assert.Equal("12", Upper.Call([HclValue.FromNumber(12)]).AsString());
    }

    [Fact]
    public void Call_UnknownArgument_UnknownOfReturnType()
    {
        Assert.Equal(HclValue.Unknown(HclType.String), Upper.Call([HclValue.Unknown(HclType.String)]));
        // As cty: an argument of not-yet-known type leaves even the result type unknown.
        Assert.Equal(HclValue.DynamicUnknown, Upper.Call([HclValue.DynamicUnknown]));
    }

    [Fact]
    public void Call_NullArgument_ArgumentError()
    {
        var e = Assert.Throws<FunctionCallException>(() => Upper.Call([HclValue.DynamicNull]));

        Assert.Equal(0, e.ArgumentIndex);
        Assert.Equal("argument must not be null", e.Message);
    }

    [Fact]
    public void Call_UnconvertibleArgument_ArgumentErrorWithCtyMessage()
    {
        var e = Assert.Throws<FunctionCallException>(() => Sum.Call([HclValue.FromNumber(1), HclValue.FromString("x")]));

        Assert.Equal(1, e.ArgumentIndex);
        Assert.Equal("a number is required", e.Message);
    }

    [Fact]
    public void Call_SensitiveArgument_ResultSensitive()
    {
        var result = Upper.Call([HclValue.FromString("a").Mark(HclMarks.Sensitive)]);

        Assert.True(result.HasMark(HclMarks.Sensitive));
        Assert.Equal("A", result.Unmark().Value.AsString());
    }

    [Fact]
    public void Call_UntypedNullForParameterNotAcceptingDynamic_UnknownWithoutRunning()
    {
        var ran = false;
        var describe = new HclFunction
        {
            Parameters = [new HclParameter("value", HclType.Dynamic) { AllowNull = true }],
            ReturnType = HclFunction.Returns(HclType.String),
            Implementation = _ =>
            {
                ran = true;
                return HclValue.FromString("ran");
            },
        };

        // cty: `format("%s", null)` is "(known after apply)" in Terraform, not a call with a null.
        Assert.Equal(HclValue.DynamicUnknown, describe.Call([HclValue.DynamicNull]));
        Assert.False(ran);
    }

    [Fact]
    public void Call_Variadic_AllArgumentsSeen()
    {
        Assert.Equal(6, Sum.Call([HclValue.FromNumber(1), HclValue.FromNumber(2), HclValue.FromNumber(3)]).AsInt());
    }

    [Fact]
    public void Call_TooManyArguments_Throws()
    {
        Assert.Throws<FunctionCallException>(() => Upper.Call([HclValue.FromString("a"), HclValue.FromString("b")]));
    }

    [Fact]
    public void TryGetVariable_ChildScope_ShadowsParent()
    {
        var parent = new EvalContext().WithVariable("x", HclValue.True).WithVariable("y", HclValue.True);
        var child = parent.NewChild().WithVariable("x", HclValue.False);

        Assert.True(child.TryGetVariable("x", out var x));
        Assert.Equal(HclValue.False, x);
        Assert.True(child.TryGetVariable("y", out _));
        Assert.False(child.TryGetVariable("z", out _));
    }
}
