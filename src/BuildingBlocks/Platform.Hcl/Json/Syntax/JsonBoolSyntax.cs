using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Json.Syntax;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record JsonBoolSyntax(bool Value, SourceRange Range) : JsonSyntaxNode(Range);
