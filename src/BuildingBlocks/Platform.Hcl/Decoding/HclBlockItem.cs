using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Decoding;

/// <summary>
/// A block found in a body. DefRange is the header (type and labels; for JSON, the opening brace), the usual
/// place to point a diagnostic about the block as a whole.
/// </summary>
public sealed record HclBlockItem(
    string Type,
    IReadOnlyList<string> Labels,
    IHclBody Body,
    SourceRange DefRange,
    SourceRange TypeRange,
    IReadOnlyList<SourceRange> LabelRanges);
