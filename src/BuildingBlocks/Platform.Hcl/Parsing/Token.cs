using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Parsing;

/// <summary>
/// The scanner's compact token: char offsets into the source plus precomputed positions, so the parser
/// never allocates a string for a token it only needs to classify.
/// </summary>
internal readonly record struct Token(HclTokenKind Kind, int Start, int End, SourcePos StartPos, SourcePos EndPos)
{
    public int Length => End - Start;

    public SourceRange Range(string filename) => new(filename, StartPos, EndPos);
}
