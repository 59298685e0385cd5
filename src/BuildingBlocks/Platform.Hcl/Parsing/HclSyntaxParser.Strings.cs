using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Parsing;

/// <summary>Quoted strings that must be plain literals: block labels and traversal index keys.</summary>
internal sealed partial class HclSyntaxParser
{
    /// <summary>A quoted string that may not hold template sequences: block labels and traversal index keys.</summary>
    private (string Value, SourceRange Range) ParseQuotedStringLiteral()
    {
        var open = Read();
        if (open.Kind != HclTokenKind.OQuote)
        {
            Error("Invalid string literal", "A quoted string is required here.", R(open));
            return ("", R(open));
        }

        var value = new System.Text.StringBuilder();
        SourceRange endRange;
        while (true)
        {
            var t = Read();
            switch (t.Kind)
            {
                case HclTokenKind.CQuote:
                    endRange = R(t);
                    goto Done;
                case HclTokenKind.QuotedLit:
                    value.Append(StringLiteralDecoder.Decode(_text, t, quoted: true, _filename, _diags));
                    continue;
                case HclTokenKind.TemplateControl or HclTokenKind.TemplateInterp:
                    var which = t.Kind == HclTokenKind.TemplateControl ? "%" : "$";
                    Error(
                        "Invalid string literal",
                        $"Template sequences are not allowed in this string. To include a literal \"{which}\", double it (as \"{which}{which}\") to escape it.",
                        R(t),
                        Between(R(open), R(t)));
                    value.Append(which).Append("{ ... }");
                    Recover(HclTokenKind.TemplateSeqEnd);
                    continue;
                case HclTokenKind.EOF:
                    Error("Unterminated string literal", "Unable to find the closing quote mark before the end of the file.", R(t), Between(R(open), R(t)));
                    endRange = R(t);
                    goto Done;
                default:
                    Error("Invalid string literal", "This item is not valid in a string literal.", R(t), Between(R(open), R(t)));
                    Recover(HclTokenKind.CQuote);
                    endRange = R(t);
                    goto Done;
            }
        }

    Done:
        return (value.ToString(), Between(R(open), endRange));
    }
}
