using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Json.Syntax;

/// <summary>
/// A JSON value as the HCL JSON syntax sees it: kept with its source range, object properties kept in order
/// with duplicates (the JSON spec of HCL requires both). All nodes are immutable.
/// </summary>
public abstract record JsonSyntaxNode(SourceRange Range)
{
    /// <summary>Where a diagnostic about this value as a whole points: the opening token for containers.</summary>
    public virtual SourceRange StartRange => Range;
}
