using CsCheck;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Tests.Evaluation;

/// <summary>
/// Random expressions over awkward values (unknowns, nulls, marks, sets, empty collections) evaluate to a
/// value and diagnostics, never an exception.
/// </summary>
public class EvaluatorRobustnessTests
{
    private static readonly string[] Leaves =
    [
        "1", "0", "-2.5", "1e3", "\"a\"", "\"12\"", "\"true\"", "true", "false", "null", "[]", "{}", "[1, \"x\"]",
        "{a = 1, b = \"2\"}", "u", "ud", "n", "nd", "s", "l", "m", "o", "set", "lo", "e", "secret", "ul",
    ];

    private static readonly string[] Binary = ["+", "-", "*", "/", "%", "==", "!=", "<", ">=", "&&", "||"];

    private static EvalContext Context()
    {
        var obj = HclValue.Object([KeyValuePair.Create("a", HclValue.FromNumber(1)), KeyValuePair.Create("b", HclValue.FromString("x"))]);
        return new EvalContext()
            .WithVariable("u", HclValue.Unknown(HclType.String))
            .WithVariable("ud", HclValue.DynamicUnknown)
            .WithVariable("n", HclValue.Null(HclType.Number))
            .WithVariable("nd", HclValue.DynamicNull)
            .WithVariable("s", HclValue.FromString("str"))
            .WithVariable("l", HclValue.List([HclValue.FromNumber(1), HclValue.FromNumber(2)]))
            .WithVariable("m", HclValue.Map([KeyValuePair.Create("k", HclValue.True)]))
            .WithVariable("o", obj)
            .WithVariable("set", HclValue.Set([HclValue.FromString("b"), HclValue.FromString("a")]))
            .WithVariable("lo", HclValue.List([obj, obj]))
            .WithVariable("e", HclValue.EmptyList(HclType.String))
            .WithVariable("secret", HclValue.FromString("pw").Mark(HclMarks.Sensitive))
            .WithVariable("ul", HclValue.Unknown(HclType.List(HclType.Number)))
            .WithFunction("f", new HclFunction
            {
                Parameters = [new HclParameter("x", HclType.Dynamic) { AllowNull = true }],
                VariadicParameter = new HclParameter("rest", HclType.String),
                ReturnType = args => args[0].Type,
                Implementation = args => args[0],
            });
    }

    private static Gen<string> Expression(int depth)
    {
        var leaf = Gen.OneOf(Leaves);
        if (depth == 0)
        {
            return leaf;
        }

        var sub = Expression(depth - 1);
        return Gen.Frequency(
            (3, (IGen<string>)leaf),
            (2, Gen.Select(sub, Gen.OneOf(Binary), sub, (a, op, b) => $"({a} {op} {b})")),
            (1, Gen.Select(sub, sub, sub, (c, a, b) => $"({c} ? {a} : {b})")),
            (1, Gen.Select(sub, sub, (a, b) => $"{a}[{b}]")),
            (1, Gen.Select(sub, Gen.OneOf("a", "b", "k", "0"), (a, name) => $"{a}.{name}")),
            (1, sub.Select(a => $"{a}[*].a")),
            (1, sub.Select(a => $"{a}.*")),
            (1, Gen.Select(sub, sub, (a, b) => $"[for k, v in {a} : v if {b}]")),
            (1, Gen.Select(sub, sub, (a, b) => $"{{for k, v in {a} : k => {b}...}}")),
            (1, Gen.Select(sub, sub, (a, b) => $"\"x${{{a}}}%{{ if {b} }}y%{{ endif }}%{{ for q in {a} }}${{q}}%{{ endfor }}\"")),
            (1, Gen.Select(sub, sub, (a, b) => $"f({a}, {b})")),
            (1, sub.Select(a => $"f({a}...)")),
            (1, Gen.Select(sub, sub, (a, b) => $"[{a}, {b}]")),
            (1, Gen.Select(sub, sub, (a, b) => $"{{ (\"k\") = {a}, ({b}) = 1 }}")),
            (1, sub.Select(a => $"!{a}")),
            (1, sub.Select(a => $"-{a}")));
    }

    [Fact]
    public void Evaluate_RandomExpressions_NeverThrow()
    {
        var context = Context();
        var evaluated = 0;
        Expression(3).Sample(source =>
        {
            var parsed = HclParser.ParseExpression(source, "fuzz.hcl");
            if (parsed.HasErrors)
            {
                return;
            }

            Interlocked.Increment(ref evaluated);
            var (value, diagnostics) = HclEvaluator.Evaluate(parsed.Value, context);
            Assert.NotNull(value);
            Assert.NotNull(diagnostics);
        }, iter: 3000);

        // The generator writes valid syntax; a parser change that rejects most of it would hollow this test out.
        Assert.True(evaluated > 2500, $"only {evaluated} of 3000 generated expressions parsed");
    }
}
