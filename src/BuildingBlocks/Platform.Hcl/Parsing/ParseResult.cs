using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Parsing;

/// <summary>
/// What a parse produced: always a value (partial when there are errors, so tools can still look at it)
/// and the diagnostics found on the way.
/// </summary>
public sealed record ParseResult<T>(T Value, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors
    {
        get
        {
            foreach (var d in Diagnostics)
            {
                if (d.Severity == Severity.Error) return true;
            }
            return false;
        }
    }
}
