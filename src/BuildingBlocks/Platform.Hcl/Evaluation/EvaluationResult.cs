using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Evaluation;

/// <summary>
/// The value of an expression and the diagnostics found computing it. When there are errors the value is a
/// best-effort placeholder (usually an unknown), never a thrown exception, so callers can keep going.
/// </summary>
public readonly record struct EvaluationResult(HclValue Value, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
