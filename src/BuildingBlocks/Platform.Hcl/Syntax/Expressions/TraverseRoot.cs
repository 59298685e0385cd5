using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>The variable a traversal starts from.</summary>
public sealed record TraverseRoot(string Name, SourceRange Range) : Traverser(Range);
