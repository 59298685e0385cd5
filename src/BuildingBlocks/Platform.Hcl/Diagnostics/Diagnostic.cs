namespace Platform.Hcl.Diagnostics;

/// <summary>
/// One problem found in a source: parsing, evaluating and decoding report these instead of throwing.
/// <see cref="Subject"/> is what is wrong; <see cref="Context"/>, when present, is the larger construct around it.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Summary, string Detail, SourceRange? Subject = null, SourceRange? Context = null)
{
    public static Diagnostic Error(string summary, string detail, SourceRange? subject = null, SourceRange? context = null) =>
        new(Severity.Error, summary, detail, subject, context);

    public static Diagnostic Warning(string summary, string detail, SourceRange? subject = null, SourceRange? context = null) =>
        new(Severity.Warning, summary, detail, subject, context);

    /// <summary>The one-line form the CLI prints: <c>FILE:LINE,COL-LINE,COL: Summary; Detail</c>.</summary>
    public override string ToString()
    {
        var where = Subject is { } s ? s + ": " : "";
        return string.IsNullOrEmpty(Detail) ? $"{where}{Summary}" : $"{where}{Summary}; {Detail}";
    }
}
