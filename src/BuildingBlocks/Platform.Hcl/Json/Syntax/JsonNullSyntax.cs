using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Json.Syntax;

/// <summary><c>null</c>.</summary>
public sealed record JsonNullSyntax(SourceRange Range) : JsonSyntaxNode(Range);
