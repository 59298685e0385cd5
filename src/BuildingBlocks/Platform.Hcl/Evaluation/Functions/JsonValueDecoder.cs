using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// cty's JSON decoding into a value of inferred type (Terraform's <c>jsondecode</c>): objects become objects,
/// arrays tuples, numbers exact numbers, <c>null</c> a null of unknown type. Syntax errors are worded as Go's
/// encoding/json words them, since that is what Terraform users see.
/// </summary>
internal sealed class JsonValueDecoder
{
    private readonly string _text;
    private int _pos;

    private JsonValueDecoder(string text)
    {
        _text = text;
    }

    /// <summary>Decodes; throws <see cref="FormatException"/> with Go's message for malformed JSON.</summary>
    public static HclValue Decode(string text)
    {
        var decoder = new JsonValueDecoder(text);
        decoder.SkipSpace();
        if (decoder._pos >= text.Length)
        {
            throw new FormatException("unexpected end of JSON input");
        }

        var value = decoder.ReadValue();
        decoder.SkipSpace();
        if (decoder._pos < text.Length)
        {
            throw decoder.Invalid("after top-level value");
        }

        return value;
    }

    private HclValue ReadValue()
    {
        SkipSpace();
        var c = Peek();
        switch (c)
        {
            case '{':
                return Nested(ReadObject);
            case '[':
                return Nested(ReadArray);
            case '"':
                return HclValue.FromString(ReadString());
            case 't':
                Expect("true");
                return HclValue.True;
            case 'f':
                Expect("false");
                return HclValue.False;
            case 'n':
                Expect("null");
                return HclValue.DynamicNull;
            default:
                if (c == '-' || char.IsAsciiDigit(c))
                {
                    return ReadNumber();
                }

                throw Invalid("looking for beginning of value");
        }
    }

    private HclValue ReadObject()
    {
        _pos++;
        var attributes = new Dictionary<string, HclValue>(StringComparer.Ordinal);
        SkipSpace();
        if (Peek() == '}')
        {
            _pos++;
            return HclValue.EmptyObject;
        }

        while (true)
        {
            SkipSpace();
            if (Peek() != '"')
            {
                throw Invalid("looking for beginning of object key string");
            }

            var key = ReadString();
            SkipSpace();
            if (Peek() != ':')
            {
                throw Invalid("after object key");
            }

            _pos++;
            attributes[key] = ReadValue();
            SkipSpace();
            var next = Peek();
            _pos++;
            if (next == '}')
            {
                return HclValue.Object(attributes);
            }

            if (next != ',')
            {
                _pos--;
                throw Invalid("after object key:value pair");
            }
        }
    }

    private HclValue ReadArray()
    {
        _pos++;
        var items = new List<HclValue>();
        SkipSpace();
        if (Peek() == ']')
        {
            _pos++;
            return HclValue.EmptyTuple;
        }

        while (true)
        {
            items.Add(ReadValue());
            SkipSpace();
            var next = Peek();
            _pos++;
            if (next == ']')
            {
                return HclValue.Tuple(items);
            }

            if (next != ',')
            {
                _pos--;
                throw Invalid("after array element");
            }
        }
    }

    private string ReadString()
    {
        _pos++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new FormatException("unexpected end of JSON input");
            }

            var c = _text[_pos++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < 0x20)
            {
                _pos--;
                throw Invalid("in string literal");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = Peek();
            _pos++;
            switch (escape)
            {
                case '"' or '\\' or '/': builder.Append(escape); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_pos + 4 > _text.Length || !int.TryParse(_text.AsSpan(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Invalid("in \\u hexadecimal character escape");
                    }

                    builder.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    _pos--;
                    throw Invalid("in string escape code");
            }
        }
    }

    private HclValue ReadNumber()
    {
        var start = _pos;
        if (_text[_pos] == '-')
        {
            _pos++;
        }

        if (_pos >= _text.Length || !char.IsAsciiDigit(_text[_pos]))
        {
            throw _pos >= _text.Length ? new FormatException("unexpected end of JSON input") : Invalid("in numeric literal");
        }

        // A leading zero stands alone, as in Go's scanner.
        if (_text[_pos] == '0')
        {
            _pos++;
        }
        else
        {
            SkipDigits();
        }

        if (_pos < _text.Length && _text[_pos] == '.')
        {
            _pos++;
            RequireDigit("after decimal point in numeric literal");
            SkipDigits();
        }

        if (_pos < _text.Length && _text[_pos] is 'e' or 'E')
        {
            _pos++;
            if (_pos < _text.Length && _text[_pos] is '+' or '-')
            {
                _pos++;
            }

            RequireDigit("in exponent of numeric literal");
            SkipDigits();
        }

        return HclValue.FromNumber(HclNumber.Parse(_text[start.._pos]));
    }

    private void RequireDigit(string context)
    {
        if (_pos >= _text.Length)
        {
            throw new FormatException("unexpected end of JSON input");
        }

        if (!char.IsAsciiDigit(_text[_pos]))
        {
            throw Invalid(context);
        }
    }

    private void SkipDigits()
    {
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
        {
            _pos++;
        }
    }

    private void Expect(string literal)
    {
        for (var i = 0; i < literal.Length; i++)
        {
            if (_pos >= _text.Length)
            {
                throw new FormatException("unexpected end of JSON input");
            }

            if (_text[_pos] != literal[i])
            {
                throw Invalid($"in literal {literal} (expecting '{literal[i]}')");
            }

            _pos++;
        }
    }

    private char Peek()
    {
        if (_pos >= _text.Length)
        {
            throw new FormatException("unexpected end of JSON input");
        }

        return _text[_pos];
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r')
        {
            _pos++;
        }
    }

    // Go's decoder refuses nesting past 10000 levels; the thread's stack may end sooner, and a stack overflow
    // would kill the process, so hostile input such as "[[[[..." gets Go's error instead.
    private const int MaxDepth = 10_000;

    private int _depth;

    private HclValue Nested(Func<HclValue> read)
    {
        if (_depth >= MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new FormatException("exceeded max depth");
        }

        _depth++;
        try
        {
            return read();
        }
        finally
        {
            _depth--;
        }
    }

    private FormatException Invalid(string context)
    {
        var c = _text[_pos];
        var shown = c switch
        {
            '\'' => "'\\''",
            '"' => "'\"'",
            < ' ' => $"'\\x{(int)c:x2}'",
            _ => $"'{c}'",
        };
        return new FormatException($"invalid character {shown} {context}");
    }
}
