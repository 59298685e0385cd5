using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Syntax;

/// <summary><c>name = expression</c>. Range covers from the name to the end of the expression.</summary>
public sealed record Attribute(string Name, Expression Expression, SourceRange Range, SourceRange NameRange, SourceRange EqualsRange)
    : BodyItem(Range);
