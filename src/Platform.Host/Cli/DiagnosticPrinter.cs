using Platform.Hcl.Diagnostics;

namespace Platform.Host.Cli;

/// <summary>Prints diagnostics one per line, <c>FILE:LINE,COL-LINE,COL: Summary; Detail</c>, warnings marked as such.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.Severity == Severity.Warning ? $"Warning: {diagnostic}" : diagnostic.ToString());
        }
    }
}
