using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax;

/// <summary>An attribute or a block: the two things a body holds, kept in source order.</summary>
public abstract record BodyItem(SourceRange Range) : Node(Range);
