using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Json.Syntax;

/// <summary>One token: its kind, range, and the offset/length of its text in the source string.</summary>
public readonly record struct JsonToken(JsonTokenKind Kind, SourceRange Range, int Offset, int Length);
