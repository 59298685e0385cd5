namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's <c>can</c>: true when its argument evaluates without errors, false otherwise, and an unknown
/// bool while the argument's value is not wholly known. Runs as the evaluator's
/// <see cref="HclFunction.ExpressionImplementation"/>.
/// </summary>
internal static class CanFunction
{
    public static HclValue Invoke(IReadOnlyList<Func<EvaluationResult>> arguments)
    {
        var result = arguments[0]();
        if (result.HasErrors)
        {
            return HclValue.False;
        }

        return result.Value.IsWhollyKnown ? HclValue.True : HclValue.Unknown(HclType.Bool);
    }
}
