using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>One step of a static traversal such as <c>aws_instance.web[0].id</c>.</summary>
public abstract record Traverser(SourceRange Range) : Node(Range);
