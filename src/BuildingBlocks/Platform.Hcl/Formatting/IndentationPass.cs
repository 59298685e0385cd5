using Platform.Hcl.Parsing;

namespace Platform.Hcl.Formatting;

/// <summary>
/// Sets the indentation of every line: two spaces per open bracket level, counted line by line.
/// </summary>
/// <remarks>
/// A line with a net increase of openers indents the lines after it by one level, however many it opened
/// (<c>[[</c> is one level), and remembers that count; closers then pop levels by those remembered counts.
/// This keeps lopsided input such as <c>[[ … ] ]</c> from drifting left or right. The first token of a
/// line only ever has code before it on that line, never literal text: a heredoc's body belongs to the line
/// of its attribute, so heredoc and template contents are not re-indented.
/// </remarks>
internal static class IndentationPass
{
    public static void Apply(FormatToken[] tokens, List<FormatLine> lines)
    {
        var levels = new Stack<int>();
        foreach (var line in lines)
        {
            if (line.IsEmpty) continue;
            ref var first = ref tokens[line.Start];
            if (first.Kind == HclTokenKind.Newline)
            {
                // A blank line keeps no trailing spaces.
                first.SpacesBefore = 0;
                continue;
            }

            var net = 0;
            for (var i = line.Start; i < line.LeadEnd; i++)
            {
                net += tokens[i].BracketChange;
                // Brackets inside a heredoc body (its interpolations) do not shape the code around it.
                if (tokens[i].Kind == HclTokenKind.OHeredoc) break;
            }
            for (var i = line.LeadEnd; i < line.AssignEnd; i++) net += tokens[i].BracketChange;

            if (net > 0)
            {
                first.SpacesBefore = 2 * levels.Count;
                levels.Push(net);
                continue;
            }

            var closed = -net;
            while (closed > 0 && levels.Count > 0)
            {
                var top = levels.Pop();
                if (closed < top)
                {
                    levels.Push(top - closed);
                    closed = 0;
                }
                else
                {
                    closed -= top;
                }
            }
            first.SpacesBefore = 2 * levels.Count;
        }
    }
}
