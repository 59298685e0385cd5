using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Parsing;

/// <summary>
/// One token of the lossless stream <see cref="HclScanner.Scan"/> returns: <see cref="Text"/> is the exact
/// source text of <see cref="Range"/>, and only spaces and tabs lie between consecutive tokens.
/// </summary>
public readonly record struct HclToken(HclTokenKind Kind, SourceRange Range, string Text)
{
    public HclCommentStyle CommentStyle =>
        Kind != HclTokenKind.Comment ? HclCommentStyle.None
        : Text.StartsWith('#') ? HclCommentStyle.Hash
        : Text.StartsWith("//", StringComparison.Ordinal) ? HclCommentStyle.DoubleSlash
        : HclCommentStyle.Block;
}
