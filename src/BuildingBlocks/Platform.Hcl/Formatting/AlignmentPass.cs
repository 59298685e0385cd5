namespace Platform.Hcl.Formatting;

/// <summary>
/// Lines up the <c>=</c> of consecutive lines that have an assign cell, then the comments of consecutive
/// lines that have a comment cell, one column after the widest line of each run.
/// </summary>
/// <remarks>
/// A run is broken by any line without that cell: a blank line, a comment-only line, a block header, a
/// closing brace, an attribute whose value spans lines. The "=" runs are settled first because moving an
/// "=" moves the comment after it. A heredoc attribute is one line here (its body has no newline token),
/// so it takes part in its neighbours' alignment, as hclwrite does.
/// </remarks>
internal static class AlignmentPass
{
    public static void Apply(FormatToken[] tokens, List<FormatLine> lines)
    {
        AlignRuns(tokens, lines, static l => l.HasAssign, static l => l.LeadEnd, static l => l.LeadEnd);
        AlignRuns(tokens, lines, static l => l.HasComment, static l => l.AssignEnd, static l => l.AssignEnd);
    }

    private static void AlignRuns(FormatToken[] tokens, List<FormatLine> lines, Func<FormatLine, bool> hasCell,
        Func<FormatLine, int> widthEnd, Func<FormatLine, int> cellStart)
    {
        var runStart = -1;
        var widest = 0;
        for (var i = 0; i <= lines.Count; i++)
        {
            if (i < lines.Count && hasCell(lines[i]))
            {
                if (runStart < 0) runStart = i;
                widest = Math.Max(widest, Width(tokens, lines[i].Start, widthEnd(lines[i])));
                continue;
            }
            if (runStart < 0) continue;

            for (var j = runStart; j < i; j++)
            {
                var line = lines[j];
                tokens[cellStart(line)].SpacesBefore = widest - Width(tokens, line.Start, widthEnd(line)) + 1;
            }
            runStart = -1;
            widest = 0;
        }
    }

    /// <summary>Columns from the line's start (indentation included) to <paramref name="end"/>.</summary>
    private static int Width(FormatToken[] tokens, int start, int end)
    {
        var width = 0;
        for (var i = start; i < end; i++) width += tokens[i].SpacesBefore + tokens[i].Width;
        return width;
    }
}
