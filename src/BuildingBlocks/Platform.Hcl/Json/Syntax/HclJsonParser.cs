using Platform.Hcl.Diagnostics;
using Platform.Hcl.Parsing;
using Platform.Hcl.Syntax;

namespace Platform.Hcl.Json.Syntax;

/// <summary>
/// Entry point for the HCL JSON syntax (<c>.hcl.json</c>, <c>.tf.json</c>). Never throws for bad input: problems
/// come back as diagnostics with ranges, and a partial tree is still returned. Linear time, bounded nesting.
/// </summary>
public static class HclJsonParser
{
    /// <summary>Parses a configuration file; its root must be an object (or an array of objects).</summary>
    public static ParseResult<JsonConfigFile> Parse(string text, string filename)
    {
        var diagnostics = new DiagnosticBag();
        var root = new JsonValueParser(text, filename, SourcePos.Start, diagnostics).ParseWhole();
        if (root is not (JsonObjectSyntax or JsonArraySyntax))
        {
            if (root is not JsonInvalidSyntax)
            {
                diagnostics.Error(
                    "Root value must be object",
                    "The root value in a JSON-based configuration must be either a JSON object or a JSON array of objects.",
                    root.StartRange);
            }

            // An empty placeholder body, so reading content from a broken file adds no second, vaguer error.
            var start = SourceRange.At(filename, SourcePos.Start);
            root = new JsonObjectSyntax([], start, start, start);
        }

        return new ParseResult<JsonConfigFile>(new JsonConfigFile(root, new SourceFile(filename, text)), diagnostics);
    }

    /// <summary>Parses a standalone JSON value as an expression (e.g. a variable value given as JSON).</summary>
    public static ParseResult<JsonExpression> ParseExpression(string text, string filename, SourcePos? start = null)
    {
        var diagnostics = new DiagnosticBag();
        var node = new JsonValueParser(text, filename, start ?? SourcePos.Start, diagnostics).ParseWhole();
        return new ParseResult<JsonExpression>(new JsonExpression(node), diagnostics);
    }
}
