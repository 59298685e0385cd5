using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Json.Syntax;

/// <summary>A JSON string with its escapes decoded. Range covers the quotes.</summary>
public sealed record JsonStringSyntax(string Value, SourceRange Range) : JsonSyntaxNode(Range);
