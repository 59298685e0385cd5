using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Json.Hcl2Json;

/// <summary>
/// Thrown by <see cref="Hcl2JsonRenderer.Render(Syntax.ConfigFile, bool)"/> when a parsed file has no hcl2json form
/// (hcl2json rejects it too). Callers that report problems to users take the overload with a
/// <see cref="DiagnosticBag"/> instead; this one suits code that renders files already known to convert.
/// </summary>
public sealed class Hcl2JsonConversionException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception("The file has no hcl2json form: " + string.Join("; ", diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
