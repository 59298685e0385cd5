namespace Platform.Hcl.Diagnostics;

/// <summary>
/// A half-open span [Start, End) of one file. Every syntax node and every diagnostic carries one, so any
/// message can point at <c>file:line,col-line,col</c> exactly as HashiCorp's tools print it.
/// </summary>
public readonly record struct SourceRange(string Filename, SourcePos Start, SourcePos End)
{
    public static SourceRange Between(SourceRange from, SourceRange to) => new(from.Filename, from.Start, to.End);

    public static SourceRange At(string filename, SourcePos pos) => new(filename, pos, pos);

    public bool IsEmpty => Start.Byte == End.Byte;

    public int Length => End.Byte - Start.Byte;

    /// <summary>Formats as HCL does: <c>name.hcl:2,7-3,1</c>, or <c>name.hcl:2,7-12</c> within one line.</summary>
    public override string ToString() =>
        Start.Line == End.Line
            ? $"{Filename}:{Start.Line},{Start.Column}-{End.Column}"
            : $"{Filename}:{Start.Line},{Start.Column}-{End.Line},{End.Column}";
}
