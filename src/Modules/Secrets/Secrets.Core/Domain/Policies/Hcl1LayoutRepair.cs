using System.Text;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Parsing;

namespace Platform.Secrets.Domain.Policies;

/// <summary>
/// Vault parses policies with HCL 1, which accepts two layouts HCL 2 rejects and which real policies use (HashiCorp's
/// own "admin policy" guide among them): a block's <c>{</c> on the line after its header, and an attribute given
/// twice in one block (HCL 1 keeps the last value, e.g. a stack of <c>policy = "…"</c> lines). This pass rewrites
/// exactly those two layouts into HCL 2 without moving any other character to another line or column, so every
/// later diagnostic still points at the right place: the brace moves to the end of the header line and the earlier
/// duplicate is blanked out with spaces. Each repair is reported as a warning.
/// </summary>
public static class Hcl1LayoutRepair
{
    public static (string Text, IReadOnlyList<Diagnostic> Warnings) RepairWithWarnings(string text, string filename)
    {
        var tokens = HclScanner.Scan(text, filename);
        var edits = new List<(int Byte, int Length, string Replacement)>();
        var warnings = new List<Diagnostic>();
        FindDetachedBraces(tokens, edits, warnings);
        FindRedefinedAttributes(tokens, edits, warnings);
        if (edits.Count == 0)
        {
            return (text, warnings);
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var output = new List<byte>(bytes.Length + edits.Count);
        var cursor = 0;
        foreach (var (at, length, replacement) in edits.OrderBy(e => e.Byte))
        {
            output.AddRange(bytes.AsSpan(cursor, at - cursor).ToArray());
            output.AddRange(Encoding.UTF8.GetBytes(replacement));
            cursor = at + length;
        }

        output.AddRange(bytes.AsSpan(cursor).ToArray());
        return (Encoding.UTF8.GetString(output.ToArray()), warnings);
    }

    // header: Ident, then labels (quoted strings or idents), then only newlines/comments, then "{".
    private static void FindDetachedBraces(IReadOnlyList<HclToken> tokens, List<(int, int, string)> edits, List<Diagnostic> warnings)
    {
        var lineStart = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            var kind = tokens[i].Kind;
            if (lineStart && kind == HclTokenKind.Ident)
            {
                var j = i + 1;
                var labels = 0;
                var lastLabelEnd = -1;
                while (j < tokens.Count)
                {
                    if (tokens[j].Kind == HclTokenKind.Ident)
                    {
                        lastLabelEnd = tokens[j].Range.End.Byte;
                        labels++;
                        j++;
                    }
                    else if (tokens[j].Kind == HclTokenKind.OQuote)
                    {
                        while (j < tokens.Count && tokens[j].Kind is not (HclTokenKind.CQuote or HclTokenKind.Newline or HclTokenKind.EOF))
                        {
                            j++;
                        }

                        if (j >= tokens.Count || tokens[j].Kind != HclTokenKind.CQuote)
                        {
                            break;
                        }

                        lastLabelEnd = tokens[j].Range.End.Byte;
                        labels++;
                        j++;
                    }
                    else
                    {
                        break;
                    }
                }

                var sawLineBreak = false;
                while (labels > 0 && j < tokens.Count && tokens[j].Kind is HclTokenKind.Newline or HclTokenKind.Comment)
                {
                    sawLineBreak = true;
                    j++;
                }

                if (sawLineBreak && j < tokens.Count && tokens[j].Kind == HclTokenKind.OBrace)
                {
                    var brace = tokens[j].Range;
                    edits.Add((lastLabelEnd, 0, " {"));
                    edits.Add((brace.Start.Byte, 1, " "));
                    warnings.Add(Diagnostic.Warning("Block brace on the next line",
                        "HCL 1 accepted the opening brace on the line after the block header; HCL 2 wants it on the same line (\"platform policy fmt\" fixes it).",
                        brace));
                    i = j;
                    lineStart = false;
                    continue;
                }
            }

            lineStart = kind is HclTokenKind.Newline or HclTokenKind.Comment or HclTokenKind.OBrace;
        }
    }

    // In each block body, "name =" at the start of a statement; an earlier statement with the same name is blanked.
    private static void FindRedefinedAttributes(IReadOnlyList<HclToken> tokens, List<(int, int, string)> edits, List<Diagnostic> warnings)
    {
        var scopes = new Stack<Dictionary<string, (int Start, int End)>>();
        scopes.Push(new Dictionary<string, (int, int)>(StringComparer.Ordinal));
        var statementStart = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (statementStart && token.Kind == HclTokenKind.Ident && i + 1 < tokens.Count && tokens[i + 1].Kind == HclTokenKind.Equal)
            {
                var end = StatementEnd(tokens, i + 2);
                var name = token.Text;
                var scope = scopes.Peek();
                if (scope.TryGetValue(name, out var earlier))
                {
                    edits.Add((earlier.Start, earlier.End - earlier.Start, new string(' ', earlier.End - earlier.Start)));
                    warnings.Add(Diagnostic.Warning("Attribute redefined",
                        $"\"{name}\" is set more than once in this block; as in HCL 1 (and Vault), only the last value counts.", token.Range));
                }

                scope[name] = (token.Range.Start.Byte, tokens[end].Range.Start.Byte);
                i = end - 1;
                statementStart = false;
                continue;
            }

            switch (token.Kind)
            {
                case HclTokenKind.OBrace:
                    scopes.Push(new Dictionary<string, (int, int)>(StringComparer.Ordinal));
                    break;
                case HclTokenKind.CBrace when scopes.Count > 1:
                    scopes.Pop();
                    break;
            }

            statementStart = token.Kind is HclTokenKind.Newline or HclTokenKind.Comment or HclTokenKind.OBrace;
        }
    }

    // The index of the newline (or EOF / closing brace) ending a statement whose value starts at index 'from'.
    private static int StatementEnd(IReadOnlyList<HclToken> tokens, int from)
    {
        var nesting = 0;
        for (var i = from; i < tokens.Count; i++)
        {
            switch (tokens[i].Kind)
            {
                case HclTokenKind.OBrace or HclTokenKind.OBrack or HclTokenKind.OParen or HclTokenKind.TemplateInterp or HclTokenKind.TemplateControl:
                    nesting++;
                    break;
                case HclTokenKind.CBrace or HclTokenKind.CBrack or HclTokenKind.CParen or HclTokenKind.TemplateSeqEnd:
                    if (nesting == 0)
                    {
                        return i;
                    }

                    nesting--;
                    break;
                case HclTokenKind.Newline or HclTokenKind.Comment or HclTokenKind.EOF when nesting == 0:
                    return i;
            }
        }

        return tokens.Count - 1;
    }
}
