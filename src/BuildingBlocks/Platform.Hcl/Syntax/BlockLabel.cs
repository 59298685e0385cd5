using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax;

/// <summary>A block label: a quoted string (escapes decoded, no interpolation) or a bare identifier.</summary>
public sealed record BlockLabel(string Value, bool Quoted, SourceRange Range) : Node(Range);
