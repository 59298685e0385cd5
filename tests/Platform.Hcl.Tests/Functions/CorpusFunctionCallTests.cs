using Platform.Hcl.Evaluation;
using Platform.Hcl.Evaluation.Functions;
using Platform.Hcl.Parsing;
using Platform.Hcl.Syntax;
using Platform.Hcl.Syntax.Expressions;
using Platform.Hcl.Tests.Parsing;

namespace Platform.Hcl.Tests.Functions;

public class CorpusFunctionCallTests
{
    /// <summary>
    /// Every attribute of every parseable corpus configuration, evaluated with the whole library and every free
    /// variable bound to an unknown value (base directory = the file's own, so file()/templatefile() read real
    /// files): functions may report diagnostics but never throw.
    /// </summary>
    [Fact]
    public void Evaluate_EveryCorpusAttribute_DiagnosticsNeverExceptions()
    {
        var failures = new List<string>();
        var calls = 0;
        foreach (var file in CorpusFiles.All.Where(f => f.ExpectOk && f.Mode == CorpusMode.Config))
        {
            var parsed = HclParser.ParseConfig(file.Text, file.RelativePath);
            var context = HclFunctionLibrary.NewContext(Path.GetDirectoryName(file.FullPath)!, new FixedTimeProvider(DateTimeOffset.UnixEpoch));
            foreach (var attribute in Attributes(parsed.Value.Body))
            {
                calls += CountCalls(attribute.Expression);
                foreach (var reference in ExpressionVariables.Collect(attribute.Expression))
                {
                    context.Variables.TryAdd(reference.RootName, HclValue.DynamicUnknown);
                }

                try
                {
                    HclEvaluator.Evaluate(attribute.Expression, context);
                }
                catch (Exception e)
                {
                    failures.Add($"{attribute.Range}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        Assert.True(calls > 100, $"only {calls} function calls in the corpus");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    private static IEnumerable<Platform.Hcl.Syntax.Attribute> Attributes(Body body) =>
        body.Attributes.Concat(body.Blocks.SelectMany(b => Attributes(b.Body)));

    private static int CountCalls(Expression expression) =>
        expression is FunctionCallExpression call ? 1 + call.Arguments.Sum(CountCalls) : 0;
}
