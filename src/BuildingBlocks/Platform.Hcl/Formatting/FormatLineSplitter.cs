using Platform.Hcl.Parsing;

namespace Platform.Hcl.Formatting;

/// <summary>Cuts a token array into <see cref="FormatLine"/>s, deciding which lines have assign and comment cells.</summary>
internal static class FormatLineSplitter
{
    /// <param name="tokens">The file's tokens without the final EOF token.</param>
    public static List<FormatLine> Split(FormatToken[] tokens)
    {
        var lines = new List<FormatLine>(tokens.Length / 4 + 1);
        var start = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].EndsLine) continue;
            lines.Add(Cells(tokens, start, i + 1));
            start = i + 1;
        }
        // The text after the last newline is a line too, possibly an empty one.
        lines.Add(Cells(tokens, start, tokens.Length));
        return lines;
    }

    private static FormatLine Cells(FormatToken[] tokens, int start, int end)
    {
        var leadEnd = end;
        // A comment is a cell of its own only after other tokens: a whole-line comment stays at the indent.
        if (end - start > 1 && tokens[end - 1].Kind == HclTokenKind.Comment) leadEnd = end - 1;
        var commentStart = leadEnd;

        for (var i = start + 1; i < leadEnd; i++)
        {
            if (tokens[i].Kind != HclTokenKind.Equal) continue;
            // Only an "=" whose value closes on this line gets an assign cell; one that opens a bracket
            // ("x = {") starts a multi-line value, which takes no part in the alignment.
            var net = 0;
            for (var j = i; j < leadEnd; j++) net += tokens[j].BracketChange;
            if (net == 0) leadEnd = i;
            break;
        }

        return new FormatLine(start, leadEnd, commentStart, end);
    }
}
