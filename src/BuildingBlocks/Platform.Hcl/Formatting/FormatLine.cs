namespace Platform.Hcl.Formatting;

/// <summary>
/// One line of tokens, cut into up to three cells whose leading spaces the alignment pass adjusts:
/// <list type="bullet">
/// <item><b>lead</b> [<see cref="Start"/>, <see cref="LeadEnd"/>): always present, everything before the other cells;</item>
/// <item><b>assign</b> [<see cref="LeadEnd"/>, <see cref="AssignEnd"/>): from an attribute's <c>=</c> to the end
/// of a value that closes on this line;</item>
/// <item><b>comment</b> [<see cref="AssignEnd"/>, <see cref="End"/>): a comment ending a line that has other tokens.</item>
/// </list>
/// A "line" is what lies between newline tokens, so a heredoc (whose body holds no newline token) belongs to
/// the line of its attribute, and a block comment spanning lines belongs to the line it starts on.
/// Indices point into the token array the line was cut from.
/// </summary>
internal readonly record struct FormatLine(int Start, int LeadEnd, int AssignEnd, int End)
{
    public bool IsEmpty => Start == End;

    public bool HasAssign => AssignEnd > LeadEnd;

    public bool HasComment => End > AssignEnd;
}
