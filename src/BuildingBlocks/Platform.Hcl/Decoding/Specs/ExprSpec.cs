using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>An expression given by the caller (not read from the body), evaluated in the decoding context.</summary>
public sealed class ExprSpec(IHclExpression expression) : HclSpec
{
    public IHclExpression Expression { get; } = expression;

    public override HclType ImpliedType => HclType.Dynamic;

    internal override void AddToSchema(SpecSchemaBuilder schema)
    {
    }

    internal override HclValue Decode(BodyContent content, SpecDecodeScope scope)
    {
        var (value, diagnostics) = Expression.Evaluate(scope.Context);
        scope.Diagnostics.AddRange(diagnostics);
        return value;
    }

    internal override void CollectVariables(BodyContent content, List<HclTraversal> found) => found.AddRange(Expression.Variables());
}
