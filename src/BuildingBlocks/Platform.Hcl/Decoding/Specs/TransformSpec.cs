using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// Decodes <see cref="Wrapped"/>, then evaluates <see cref="Result"/> with the variable <c>nested</c> bound to that
/// value (in a child of the decoding context), e.g. <c>result = nested * 1024 * 1024</c>.
/// </summary>
public sealed class TransformSpec(HclSpec wrapped, IHclExpression result) : HclSpec
{
    public HclSpec Wrapped { get; } = wrapped;

    public IHclExpression Result { get; } = result;

    public override HclType ImpliedType => HclType.Dynamic;

    internal override void AddToSchema(SpecSchemaBuilder schema) => Wrapped.AddToSchema(schema);

    internal override HclValue Decode(BodyContent content, SpecDecodeScope scope)
    {
        var nested = Wrapped.Decode(content, scope);
        var context = (scope.Context ?? new EvalContext()).NewChild().WithVariable("nested", nested);
        var (value, diagnostics) = Result.Evaluate(context);
        scope.Diagnostics.AddRange(diagnostics);
        return value;
    }

    internal override void CollectVariables(BodyContent content, List<HclTraversal> found) => Wrapped.CollectVariables(content, found);
}
