using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Parsing;

/// <summary>
/// One pass over the tokens reporting characters HCL never accepts (bitwise operators, single quotes,
/// semicolons, bad encoding, newlines in quoted strings...), before parsing, so the grammar need not
/// special-case them. Repeats are capped the way hclsyntax caps them, to keep the noise down.
/// </summary>
internal static class InvalidTokenReport
{
    public static void Check(TokenList tokens, string filename, List<Diagnostic> diags)
    {
        int bitwise = 0, backtick = 0, apostrophe = 0, semicolon = 0, badUtf8 = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var kind = tokens.KindAt(i);
            // Kinds before BitwiseAnd are the ones valid HCL is made of (HclTokenKind keeps the invalid ones last).
            if (kind < HclTokenKind.BitwiseAnd) continue;
            var token = tokens[i];
            var range = token.Range(filename);
            switch (token.Kind)
            {
                case HclTokenKind.BitwiseAnd or HclTokenKind.BitwiseOr or HclTokenKind.BitwiseXor or HclTokenKind.BitwiseNot:
                    if (bitwise++ < 4)
                    {
                        var suggestion = token.Kind switch
                        {
                            HclTokenKind.BitwiseAnd => " Did you mean boolean AND (\"&&\")?",
                            HclTokenKind.BitwiseOr => " Did you mean boolean OR (\"||\")?",
                            HclTokenKind.BitwiseNot => " Did you mean boolean NOT (\"!\")?",
                            _ => "",
                        };
                        diags.Add(Diagnostic.Error("Unsupported operator", $"Bitwise operators are not supported.{suggestion}", range));
                    }
                    break;
                case HclTokenKind.Backtick:
                    // Report every other one, so a `quoted` word gets one message, not two.
                    if (backtick % 2 == 0)
                        diags.Add(Diagnostic.Error("Invalid character", "The \"`\" character is not valid. To create a multi-line string, use the \"heredoc\" syntax, like \"<<EOT\".", range));
                    if (backtick <= 2) backtick++;
                    break;
                case HclTokenKind.Apostrophe:
                    if (apostrophe % 2 == 0)
                        diags.Add(Diagnostic.Error("Invalid character", "Single quotes are not valid. Use double quotes (\") to enclose strings.", range));
                    if (apostrophe <= 2) apostrophe++;
                    break;
                case HclTokenKind.Semicolon:
                    if (semicolon++ < 1)
                        diags.Add(Diagnostic.Error("Invalid character", "The \";\" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.", range));
                    break;
                case HclTokenKind.BadUtf8:
                    if (badUtf8++ < 1)
                        diags.Add(Diagnostic.Error("Invalid character encoding", "All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.", range));
                    break;
                case HclTokenKind.QuotedNewline:
                    diags.Add(Diagnostic.Error(
                        "Invalid multi-line string",
                        "Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the \"heredoc\" multi-line template syntax.",
                        range));
                    break;
                case HclTokenKind.Invalid:
                    diags.Add(Diagnostic.Error("Invalid character", "This character is not used within the language.", range));
                    break;
            }
        }
    }
}
