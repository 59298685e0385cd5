using Platform.Hcl.Diagnostics;

namespace Platform.Secrets.Domain.Policies;

/// <summary>What <see cref="PolicyParser"/> found: the policy (null when there are errors) and every diagnostic.</summary>
public sealed record PolicyParseResult(PolicyDocument? Policy, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Policy is null;

    /// <summary>One line per error, <c>file:line,col-line,col: Summary; Detail</c>, for API responses and the CLI.</summary>
    public IReadOnlyList<string> ErrorMessages =>
        Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
}
