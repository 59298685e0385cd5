using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary><c>.name</c></summary>
public sealed record TraverseAttribute(string Name, SourceRange Range) : Traverser(Range);
