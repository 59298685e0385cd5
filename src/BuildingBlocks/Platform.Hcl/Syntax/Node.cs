using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax;

/// <summary>
/// Root of the native-syntax tree. All nodes are immutable and carry the range they were parsed from, so
/// evaluation, decoding and the hcl2json renderer can point back at (or slice out) the exact source.
/// </summary>
public abstract record Node(SourceRange Range);
