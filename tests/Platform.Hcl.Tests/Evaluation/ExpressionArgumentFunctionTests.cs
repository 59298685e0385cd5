using Platform.Hcl.Evaluation;
using static Platform.Hcl.Tests.Evaluation.ExpressionSource;

namespace Platform.Hcl.Tests.Evaluation;

/// <summary>The hook that lets try/can see their arguments' errors instead of failing the whole expression.</summary>
public class ExpressionArgumentFunctionTests
{
    // Shaped like Terraform's try: the first argument that evaluates without errors wins; an argument that is
    // not wholly known makes the result unknown (it might still fail later).
    private static readonly HclFunction Try = new()
    {
        VariadicParameter = new HclParameter("expressions", HclType.Dynamic) { AllowNull = true, AllowUnknown = true },
        ReturnType = HclFunction.Returns(HclType.Dynamic),
        Implementation = args => args.Count > 0 ? args[0] : throw new FunctionCallException("at least one argument is required"),
        ExpressionImplementation = thunks =>
        {
            foreach (var thunk in thunks)
            {
                var (value, diagnostics) = thunk();
                if (diagnostics.Any(d => d.Severity == Platform.Hcl.Diagnostics.Severity.Error))
                {
                    continue;
                }

                return value.IsWhollyKnown ? value : HclValue.DynamicUnknown;
            }

            throw new FunctionCallException("no expression succeeded");
        },
    };

    private static readonly HclFunction Can = new()
    {
        Parameters = [new HclParameter("expression", HclType.Dynamic) { AllowNull = true, AllowUnknown = true }],
        ReturnType = HclFunction.Returns(HclType.Bool),
        Implementation = _ => HclValue.True,
        ExpressionImplementation = thunks => HclValue.FromBool(!thunks[0]().HasErrors),
    };

    private static EvalContext Context() => new EvalContext()
        .WithVariable("obj", Obj(("a", Num(1))))
        .WithVariable("objs", HclValue.List([Obj(("a", Num(1))), Obj(("a", Num(2)))]))
        .WithFunction("try", Try)
        .WithFunction("can", Can);

    [Fact]
    public void Try_FirstArgumentFails_FallsBackWithoutDiagnostics()
    {
        Assert.Equal(Str("fallback"), Value("try(obj.missing, \"fallback\")", Context()));
        Assert.Equal(Num(1), Value("try(obj.a, \"fallback\")", Context()));
    }

    [Fact]
    public void Try_AllArgumentsFail_ErrorInFunctionCall()
    {
        var error = Error("try(obj.x, obj.y)", Context());

        Assert.Equal("Error in function call", error.Summary);
        Assert.Equal("Call to function \"try\" failed: no expression succeeded.", error.Detail);
    }

    [Fact]
    public void Can_InvalidIndex_False()
    {
        Assert.Equal(HclValue.False, Value("can(objs[5])", Context()));
        Assert.Equal(HclValue.True, Value("can(objs[1])", Context()));
    }

    [Fact]
    public void Try_InsideFor_SeesLoopVariable()
    {
        Assert.Equal(HclValue.Tuple(Num(1), Num(2)), Value("[for o in objs : try(o.a, 0)]", Context()));
    }
}
