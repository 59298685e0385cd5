using Platform.Hcl.Decoding;
using Platform.Hcl.Decoding.Native;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Parsing;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Json.Syntax;

/// <summary>
/// Reads a JSON string as the native-syntax template it stands for in full-expression mode. Positions start
/// just after the opening quote; like HashiCorp's implementation they drift after any JSON escape, since the
/// template parser sees the decoded text.
/// </summary>
internal static class JsonTemplate
{
    public static IReadOnlyList<HclTraversal> Variables(JsonStringSyntax value)
    {
        // Plain strings cannot reference anything; skip the parse for them.
        if (!value.Value.Contains("${", StringComparison.Ordinal) && !value.Value.Contains("%{", StringComparison.Ordinal))
        {
            return [];
        }

        var parsed = Parse(value);
        return parsed.HasErrors ? [] : ExpressionVariables.Collect(parsed.Value).Select(t => new HclTraversal(t.Traversal)).ToList();
    }

    public static HclValue Evaluate(JsonStringSyntax value, EvalContext context, List<Diagnostic> diagnostics)
    {
        var parsed = Parse(value);
        diagnostics.AddRange(parsed.Diagnostics);
        if (parsed.HasErrors)
        {
            return HclValue.DynamicUnknown;
        }

        var (result, evaluationDiagnostics) = new NativeExpression(parsed.Value).Evaluate(context);
        diagnostics.AddRange(evaluationDiagnostics);
        return result;
    }

    private static ParseResult<Expression> Parse(JsonStringSyntax value)
    {
        var start = value.Range.Start;
        return HclParser.ParseTemplate(value.Value, value.Range.Filename, new SourcePos(start.Line, start.Column + 1, start.Byte + 1));
    }
}
