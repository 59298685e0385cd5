namespace Platform.Hcl.Formatting;

/// <summary>
/// Sets the spaces between the tokens inside each cell by <see cref="TokenSpacingRule"/>. The first token of
/// each cell is left alone: the indentation pass owns the lead's, the alignment pass the others'.
/// </summary>
internal static class SpacingPass
{
    public static void Apply(FormatToken[] tokens, List<FormatLine> lines)
    {
        foreach (var line in lines)
        {
            SpaceCell(tokens, line.Start, line.LeadEnd);
            SpaceCell(tokens, line.LeadEnd, line.AssignEnd);
        }
    }

    private static void SpaceCell(FormatToken[] tokens, int start, int end)
    {
        for (var i = start; i + 1 < end; i++)
        {
            FormatToken? before = i > start ? tokens[i - 1] : null;
            tokens[i + 1].SpacesBefore = TokenSpacingRule.SpaceAfter(tokens[i], before, tokens[i + 1]) ? 1 : 0;
        }
    }
}
