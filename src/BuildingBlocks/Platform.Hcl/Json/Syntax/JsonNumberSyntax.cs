using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Json.Syntax;

/// <summary>A JSON number, kept as its (validated) source text so it can be read at full precision.</summary>
public sealed record JsonNumberSyntax(string Text, SourceRange Range) : JsonSyntaxNode(Range);
