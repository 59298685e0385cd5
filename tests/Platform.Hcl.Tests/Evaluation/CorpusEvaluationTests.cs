using Platform.Hcl.Evaluation;
using Platform.Hcl.Parsing;
using Platform.Hcl.Syntax;
using Platform.Hcl.Syntax.Expressions;
using Platform.Hcl.Tests.Parsing;
using Xunit.Abstractions;

namespace Platform.Hcl.Tests.Evaluation;

/// <summary>
/// Every attribute expression of the real-world corpus, evaluated with every variable it references unknown:
/// evaluation must never throw, and (functions aside, which live elsewhere) unknown inputs must not produce
/// errors: an unknown propagates, it is not a mistake.
/// </summary>
public class CorpusEvaluationTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> FunctionSummaries = ["Function calls not allowed", "Call to unknown function"];

    [Fact]
    public void Evaluate_EveryCorpusAttributeWithUnknownVariables_NoExceptionAndNoSpuriousErrors()
    {
        var files = CorpusFiles.All.Where(f => f.ExpectOk && f.Mode == CorpusMode.Config).ToList();
        var evaluated = 0;
        var unexpected = new List<string>();
        foreach (var file in files)
        {
            var parsed = HclParser.ParseConfig(file.Text, file.RelativePath);
            foreach (var attribute in Attributes(parsed.Value.Body))
            {
                var context = new EvalContext();
                foreach (var name in RootNames(attribute.Expression))
                {
                    context.Variables[name] = HclValue.DynamicUnknown;
                }

                var (_, diagnostics) = HclEvaluator.Evaluate(attribute.Expression, context);
                evaluated++;
                unexpected.AddRange(diagnostics.Where(d => !FunctionSummaries.Contains(d.Summary)).Select(d => d.ToString()));
            }
        }

        output.WriteLine($"{files.Count} files, {evaluated} attribute expressions evaluated");
        foreach (var line in unexpected.Take(30))
        {
            output.WriteLine(line);
        }

        Assert.True(evaluated > 1000, $"only {evaluated} expressions found");
        Assert.Empty(unexpected);
    }

    private static IEnumerable<Syntax.Attribute> Attributes(Body body)
    {
        foreach (var item in body.Items)
        {
            switch (item)
            {
                case Syntax.Attribute attribute:
                    yield return attribute;
                    break;
                case Block block:
                    foreach (var nested in Attributes(block.Body))
                    {
                        yield return nested;
                    }

                    break;
            }
        }
    }

    /// <summary>Names a traversal starts from anywhere in the expression (for-variables included: harmless).</summary>
    private static IEnumerable<string> RootNames(Expression expression) => expression switch
    {
        ScopeTraversalExpression traversal => [traversal.RootName, .. traversal.Traversal.OfType<TraverseIndex>().SelectMany(i => RootNames(i.Key))],
        RelativeTraversalExpression relative => RootNames(relative.Source),
        TemplateExpression template => template.Parts.SelectMany(RootNames),
        TemplateWrapExpression wrap => RootNames(wrap.Wrapped),
        TemplateInterpolation interpolation => RootNames(interpolation.Expression),
        TemplateIfDirective directive => [.. RootNames(directive.Condition), .. directive.Then.SelectMany(RootNames), .. directive.Else.SelectMany(RootNames)],
        TemplateForDirective directive => [.. RootNames(directive.Collection), .. directive.Body.SelectMany(RootNames)],
        TupleExpression tuple => tuple.Items.SelectMany(RootNames),
        ObjectExpression obj => obj.Items.SelectMany(i => RootNames(i.Key).Concat(RootNames(i.Value))),
        ObjectKeyExpression key => key.BareName is null ? RootNames(key.Wrapped) : [],
        FunctionCallExpression call => call.Arguments.SelectMany(RootNames),
        ConditionalExpression conditional => [.. RootNames(conditional.Condition), .. RootNames(conditional.TrueResult), .. RootNames(conditional.FalseResult)],
        BinaryOpExpression binary => [.. RootNames(binary.Left), .. RootNames(binary.Right)],
        UnaryOpExpression unary => RootNames(unary.Operand),
        ParenthesesExpression parentheses => RootNames(parentheses.Inner),
        IndexExpression index => [.. RootNames(index.Collection), .. RootNames(index.Key)],
        SplatExpression splat => [.. RootNames(splat.Source), .. RootNames(splat.Each)],
        ForExpression forExpression => new[] { forExpression.Collection, forExpression.KeyResult, forExpression.ValueResult, forExpression.Condition }
            .Where(e => e is not null).SelectMany(e => RootNames(e!)),
        _ => [],
    };
}
