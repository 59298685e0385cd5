using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax;

/// <summary>
/// A sequence of attributes and blocks in source order. <see cref="Node.Range"/> spans the contents;
/// <see cref="EndRange"/> is the empty range at its end (where "missing attribute" diagnostics point).
/// Attribute names are unique within a body: the parser reports duplicates and keeps the first.
/// </summary>
public sealed record Body(IReadOnlyList<BodyItem> Items, SourceRange Range, SourceRange EndRange) : Node(Range)
{
    public IEnumerable<Attribute> Attributes => Items.OfType<Attribute>();

    public IEnumerable<Block> Blocks => Items.OfType<Block>();
}
