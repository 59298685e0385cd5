using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax;

/// <summary><c>type "label" label2 { body }</c>. Range covers from the type name to the closing brace.</summary>
public sealed record Block(
    string Type,
    IReadOnlyList<BlockLabel> Labels,
    Body Body,
    SourceRange Range,
    SourceRange TypeRange,
    SourceRange OpenBraceRange,
    SourceRange CloseBraceRange) : BodyItem(Range);
