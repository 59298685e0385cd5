using Platform.Hcl.Decoding;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Json.Syntax;

/// <summary>
/// Recursive-descent JSON parser over <see cref="JsonScanner"/> tokens. Errors become diagnostics (HashiCorp's
/// summaries, so users of both tools read the same words) and the failed value a <see cref="JsonInvalidSyntax"/>.
/// Time is linear in the input (every step consumes a token) and nesting is capped at <see cref="MaxDepth"/>
/// so no input can overflow the stack.
/// </summary>
internal sealed class JsonValueParser
{
    public const int MaxDepth = 500;

    private const string ValueStartDetail = "A JSON value must start with a brace, a bracket, a number, a string, or a keyword.";

    private readonly string _text;
    private readonly JsonScanner _scanner;
    private readonly DiagnosticBag _diagnostics;
    private JsonToken _peeked;
    private int _depth;

    public JsonValueParser(string text, string filename, SourcePos start, DiagnosticBag diagnostics)
    {
        _text = text;
        _scanner = new JsonScanner(text, filename, start);
        _diagnostics = diagnostics;
        _peeked = _scanner.Next();
    }

    public JsonToken Peek() => _peeked;

    /// <summary>Parses one value and reports anything after it.</summary>
    public JsonSyntaxNode ParseWhole()
    {
        var before = _diagnostics.Count;
        var node = ParseValue();
        if (_diagnostics.Count == before && Peek().Kind != JsonTokenKind.EndOfFile)
        {
            _diagnostics.Error("Extraneous data after value", "Extra characters appear after the JSON value.", Peek().Range);
        }

        return node;
    }

    private JsonToken Read()
    {
        var token = _peeked;
        if (token.Kind != JsonTokenKind.EndOfFile)
        {
            _peeked = _scanner.Next();
        }

        return token;
    }

    private JsonSyntaxNode ParseValue()
    {
        var token = Peek();
        switch (token.Kind)
        {
            case JsonTokenKind.BraceOpen:
            case JsonTokenKind.BracketOpen:
                if (_depth >= MaxDepth)
                {
                    _diagnostics.Error(
                        "Nesting too deep",
                        $"JSON objects and arrays may be nested at most {MaxDepth} levels deep here; flatten the structure.",
                        token.Range);
                    SkipToEnd();
                    return new JsonInvalidSyntax(token.Range);
                }

                _depth++;
                JsonSyntaxNode? container = token.Kind == JsonTokenKind.BraceOpen ? ParseObject() : ParseArray();
                _depth--;
                return container ?? new JsonInvalidSyntax(token.Range);
            case JsonTokenKind.Number:
                return ParseNumber();
            case JsonTokenKind.String:
                return ParseString();
            case JsonTokenKind.Keyword:
                return ParseKeyword();
            case JsonTokenKind.BraceClose:
                _diagnostics.Error("Missing JSON value", ValueStartDetail, token.Range);
                return new JsonInvalidSyntax(token.Range);
            case JsonTokenKind.BracketClose:
                _diagnostics.Error("Missing array element value", ValueStartDetail, token.Range);
                return new JsonInvalidSyntax(token.Range);
            case JsonTokenKind.EndOfFile:
                _diagnostics.Error("Missing value", "The JSON data ends prematurely.", token.Range);
                return new JsonInvalidSyntax(token.Range);
            default:
                _diagnostics.Error("Invalid start of value", ValueStartDetail, token.Range);
                Read();
                return new JsonInvalidSyntax(token.Range);
        }
    }

    private void SkipToEnd()
    {
        while (Read().Kind != JsonTokenKind.EndOfFile)
        {
        }
    }

    // After an error inside a container, skip to its closing token so the caller continues at a sensible place.
    private void Recover(JsonToken token, JsonTokenKind open, JsonTokenKind close)
    {
        var depth = 1;
        while (true)
        {
            if (token.Kind == open)
            {
                depth++;
            }
            else if (token.Kind == close)
            {
                depth--;
                if (depth <= 1)
                {
                    return;
                }
            }
            else if (token.Kind == JsonTokenKind.EndOfFile)
            {
                return;
            }

            token = Read();
        }
    }

    private JsonObjectSyntax? ParseObject()
    {
        var open = Read();
        var properties = new List<JsonPropertySyntax>();
        while (Peek().Kind != JsonTokenKind.BraceClose)
        {
            var before = _diagnostics.Count;
            var key = ParseValue();
            if (_diagnostics.Count != before)
            {
                return null;
            }

            if (key is not JsonStringSyntax name)
            {
                _diagnostics.Error("Invalid object property name", "A JSON object property name must be a string", key.StartRange);
                return null;
            }

            var colon = Read();
            if (colon.Kind != JsonTokenKind.Colon)
            {
                Recover(colon, JsonTokenKind.BraceOpen, JsonTokenKind.BraceClose);
                if (colon.Kind is JsonTokenKind.BraceClose or JsonTokenKind.Comma)
                {
                    _diagnostics.Error("Missing object value", "A JSON object attribute must have a value, introduced by a colon.", colon.Range);
                }
                else if (colon.Kind == JsonTokenKind.Equals)
                {
                    _diagnostics.Error("Missing property value colon", "JSON uses a colon as its name/value delimiter, not an equals sign.", colon.Range);
                }
                else
                {
                    _diagnostics.Error("Missing property value colon", "A colon must appear between an object property's name and its value.", colon.Range);
                }

                return null;
            }

            before = _diagnostics.Count;
            var value = ParseValue();
            if (_diagnostics.Count != before)
            {
                return null;
            }

            properties.Add(new JsonPropertySyntax(name.Value, name.Range, value));

            var next = Peek();
            switch (next.Kind)
            {
                case JsonTokenKind.Comma:
                    var comma = Read();
                    if (Peek().Kind == JsonTokenKind.BraceClose)
                    {
                        _diagnostics.Error("Trailing comma in object", "JSON does not permit a trailing comma after the final property in an object.", comma.Range);
                        Read();
                        return null;
                    }

                    continue;
                case JsonTokenKind.BraceClose:
                    break;
                case JsonTokenKind.EndOfFile:
                    _diagnostics.Error("Unclosed object", "No closing brace was found for this JSON object.", open.Range);
                    return null;
                case JsonTokenKind.BracketClose:
                    Read();
                    _diagnostics.Error("Mismatched braces", "A JSON object must be closed with a brace, not a bracket.", next.Range);
                    return null;
                default:
                    _diagnostics.Error("Missing attribute separator comma", "A comma must appear between each property definition in an object.", next.Range);
                    Recover(Read(), JsonTokenKind.BraceOpen, JsonTokenKind.BraceClose);
                    return null;
            }
        }

        var close = Read();
        return new JsonObjectSyntax(properties, open.Range, close.Range, SourceRange.Between(open.Range, close.Range));
    }

    private JsonArraySyntax? ParseArray()
    {
        var open = Read();
        var items = new List<JsonSyntaxNode>();
        while (Peek().Kind != JsonTokenKind.BracketClose)
        {
            var before = _diagnostics.Count;
            var item = ParseValue();
            if (_diagnostics.Count != before)
            {
                return null;
            }

            items.Add(item);
            var next = Peek();
            switch (next.Kind)
            {
                case JsonTokenKind.Comma:
                    var comma = Read();
                    if (Peek().Kind == JsonTokenKind.BracketClose)
                    {
                        _diagnostics.Error("Trailing comma in array", "JSON does not permit a trailing comma after the final value in an array.", comma.Range);
                        Read();
                        return null;
                    }

                    continue;
                case JsonTokenKind.BracketClose:
                    break;
                case JsonTokenKind.Colon:
                    _diagnostics.Error("Invalid array value", "A colon is not used to introduce values in a JSON array.", next.Range);
                    Recover(Read(), JsonTokenKind.BracketOpen, JsonTokenKind.BracketClose);
                    return null;
                case JsonTokenKind.EndOfFile:
                    _diagnostics.Error("Unclosed array", "No closing bracket was found for this JSON array.", open.Range);
                    return null;
                case JsonTokenKind.BraceClose:
                    Read();
                    _diagnostics.Error("Mismatched brackets", "A JSON array must be closed with a bracket, not a brace.", next.Range);
                    return null;
                default:
                    _diagnostics.Error("Missing attribute separator comma", "A comma must appear between each value in an array.", next.Range);
                    Recover(Read(), JsonTokenKind.BracketOpen, JsonTokenKind.BracketClose);
                    return null;
            }
        }

        var close = Read();
        return new JsonArraySyntax(items, open.Range, SourceRange.Between(open.Range, close.Range));
    }

    private JsonSyntaxNode ParseNumber()
    {
        var token = Read();
        var text = _text.Substring(token.Offset, token.Length);
        if (!JsonNumberLiteral.IsValid(text))
        {
            _diagnostics.Error("Invalid JSON number", $"{Shorten(text)} is not a valid JSON number: write digits with an optional leading minus, fraction and exponent, such as -12.5e3.", token.Range);
            return new JsonInvalidSyntax(token.Range);
        }

        // Valid JSON can still lie outside what HclNumber holds (it refuses decimal exponents past 100000 rather
        // than expand them into gigantic integers); say so here, as the native parser does for its literals.
        if (!HclNumber.TryParse(text, out _))
        {
            _diagnostics.Error("Invalid JSON number", $"{Shorten(text)} is too large or too small to represent: keep the exponent between -100000 and 100000.", token.Range);
            return new JsonInvalidSyntax(token.Range);
        }

        return new JsonNumberSyntax(text, token.Range);
    }

    // A hostile file can hold one megabyte-long token; the message quotes only its start.
    private static string Shorten(string text) => text.Length <= 40 ? $"\"{text}\"" : $"\"{text[..40]}…\" ({text.Length} characters)";

    private JsonSyntaxNode ParseString()
    {
        var token = Read();
        var (value, errorAt, problem) = JsonStringLiteral.Decode(_text, token.Offset, token.Length);
        if (value is null)
        {
            var errorRange = PointInToken(token, errorAt);
            _diagnostics.Error("Invalid JSON string", problem, errorRange, token.Range);
            return new JsonInvalidSyntax(token.Range);
        }

        return new JsonStringSyntax(value, token.Range);
    }

    private static SourceRange PointInToken(JsonToken token, int charOffset)
    {
        // Strings are single-line tokens, so the column and byte advance together from the token start; the
        // byte count is exact for ASCII and a close approximation otherwise (the range is only for pointing).
        var start = token.Range.Start;
        var clamped = Math.Clamp(charOffset, 0, token.Length);
        var from = new SourcePos(start.Line, start.Column + clamped, start.Byte + clamped);
        var to = clamped < token.Length ? new SourcePos(from.Line, from.Column + 1, from.Byte + 1) : from;
        return new SourceRange(token.Range.Filename, from, to);
    }

    private JsonSyntaxNode ParseKeyword()
    {
        var token = Read();
        var span = _text.AsSpan(token.Offset, token.Length);
        if (span.SequenceEqual("true"))
        {
            return new JsonBoolSyntax(true, token.Range);
        }

        if (span.SequenceEqual("false"))
        {
            return new JsonBoolSyntax(false, token.Range);
        }

        if (span.SequenceEqual("null"))
        {
            return new JsonNullSyntax(token.Range);
        }

        var word = span.ToString();
        switch (word)
        {
            case "undefined" or "NaN" or "Infinity":
                _diagnostics.Error("Invalid JSON keyword", $"The JavaScript identifier \"{word}\" cannot be used in JSON.", token.Range);
                return new JsonInvalidSyntax(token.Range);
            default:
                var suggestion = NameSuggestion.Closest(word, ["true", "false", "null"]);
                var didYouMean = suggestion is null ? "" : $" Did you mean \"{suggestion}\"?";
                _diagnostics.Error("Invalid JSON keyword", $"{Shorten(word)} is not a valid JSON keyword.{didYouMean}", token.Range);
                return new JsonInvalidSyntax(token.Range);
        }
    }
}
