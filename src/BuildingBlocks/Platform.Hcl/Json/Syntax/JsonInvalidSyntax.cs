using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Json.Syntax;

/// <summary>
/// Stands in for a value that failed to parse (an error was already reported), so a partial tree can still
/// be walked; it evaluates to an unknown value and contributes no body content.
/// </summary>
public sealed record JsonInvalidSyntax(SourceRange Range) : JsonSyntaxNode(Range);
