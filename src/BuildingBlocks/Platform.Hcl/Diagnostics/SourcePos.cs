namespace Platform.Hcl.Diagnostics;

/// <summary>
/// A position in a source file. Line and Column are 1-based (Column counts characters, as HCL's own
/// ranges do); Byte is the 0-based UTF-8 byte offset, which is what slices source text back out.
/// </summary>
public readonly record struct SourcePos(int Line, int Column, int Byte)
{
    public static readonly SourcePos Start = new(1, 1, 0);

    public override string ToString() => $"{Line},{Column}";
}
