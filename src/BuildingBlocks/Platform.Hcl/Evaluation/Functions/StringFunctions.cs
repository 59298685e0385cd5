using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using static Platform.Hcl.Evaluation.Functions.FunctionTable;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's string functions. Lengths, offsets and reversal count grapheme clusters (user-perceived
/// characters), as cty does, so "é" written with a combining accent is one character.
/// </summary>
internal static class StringFunctions
{
    public static IEnumerable<KeyValuePair<string, HclFunction>> All()
    {
        yield return new("chomp", StringToString(s => s.TrimEnd('\r', '\n')));
        yield return new("lower", StringToString(s => s.ToLowerInvariant()));
        yield return new("upper", StringToString(s => s.ToUpperInvariant()));
        yield return new("title", StringToString(Title));
        yield return new("strrev", StringToString(s => string.Concat(Graphemes(s).Reverse())));
        yield return new("trimspace", StringToString(s => s.Trim()));
        yield return new("endswith", Define([Param("str", HclType.String), Param("suffix", HclType.String)], HclType.Bool,
            a => HclValue.FromBool(a[0].AsString().EndsWith(a[1].AsString(), StringComparison.Ordinal))));
        yield return new("startswith", Define([Param("str", HclType.String), Param("prefix", HclType.String)], HclType.Bool,
            a => HclValue.FromBool(a[0].AsString().StartsWith(a[1].AsString(), StringComparison.Ordinal))));
        yield return new("strcontains", Define([Param("str", HclType.String), Param("substr", HclType.String)], HclType.Bool,
            a => HclValue.FromBool(a[0].AsString().Contains(a[1].AsString(), StringComparison.Ordinal))));
        yield return new("trim", Define([Param("str", HclType.String), Param("cutset", HclType.String)], HclType.String,
            a => Str(TrimRunes(a[0].AsString(), a[1].AsString()))));
        yield return new("trimprefix", Define([Param("str", HclType.String), Param("prefix", HclType.String)], HclType.String,
            a => Str(a[0].AsString().StartsWith(a[1].AsString(), StringComparison.Ordinal) ? a[0].AsString()[a[1].AsString().Length..] : a[0].AsString())));
        yield return new("trimsuffix", Define([Param("str", HclType.String), Param("suffix", HclType.String)], HclType.String,
            a => Str(a[0].AsString().EndsWith(a[1].AsString(), StringComparison.Ordinal) ? a[0].AsString()[..^a[1].AsString().Length] : a[0].AsString())));
        yield return new("indent", Define([Param("spaces", HclType.Number), Param("str", HclType.String)], HclType.String,
            a => Str(Indent(Math.Max(0, WholeNumber(a[0], 0)), a[1].AsString()))));
        yield return new("split", Define([Param("separator", HclType.String), Param("str", HclType.String)], HclType.List(HclType.String), Split));
        yield return new("join", Define([Param("separator", HclType.String)], HclType.String, Join, Param("lists", HclType.List(HclType.String))));
        yield return new("substr", Define([Param("str", HclType.String), Param("offset", HclType.Number), Param("length", HclType.Number)], HclType.String, Substr));
        yield return new("replace", Define([Param("str", HclType.String), Param("substr", HclType.String), Param("replace", HclType.String)], HclType.String, Replace));
        yield return new("format", Define([Param("format", HclType.String)], HclType.String, Format,
            Param("args", HclType.Dynamic, allowNull: true, allowUnknown: true)));
        yield return new("formatlist", Define([Param("format", HclType.String)], HclType.List(HclType.String), FormatList,
            Param("args", HclType.Dynamic, allowNull: true, allowUnknown: true)));
    }

    // Terraform builds any size asked for; a bound on the result (far above real use) keeps a hostile count
    // from exhausting memory, or from passing .NET's string length limit and crashing.
    private const long MaxIndentedLength = 1L << 27;

    private static string Indent(int spaces, string text)
    {
        var lines = text.AsSpan().Count('\n');
        if (text.Length + ((long)lines * spaces) > MaxIndentedLength)
        {
            throw new FunctionCallException(0, $"indenting {lines} line(s) by {spaces} spaces would give a string longer than {MaxIndentedLength} characters");
        }

        return text.Replace("\n", "\n" + new string(' ', spaces), StringComparison.Ordinal);
    }

    public static IEnumerable<string> Graphemes(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }

    // Go's strings.Title: a letter is upper-cased when it follows a separator (anything but a letter, digit,
    // underscore or, outside ASCII, a non-space character).
    private static string Title(string text)
    {
        var builder = new StringBuilder(text.Length);
        var previousSeparates = true;
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append((previousSeparates ? Rune.ToUpperInvariant(rune) : rune).ToString());
            previousSeparates = rune.IsAscii
                ? !(Rune.IsLetterOrDigit(rune) || rune.Value == '_')
                : !Rune.IsLetterOrDigit(rune) && Rune.IsWhiteSpace(rune);
        }

        return builder.ToString();
    }

    private static string TrimRunes(string text, string cutset)
    {
        var cut = cutset.EnumerateRunes().ToHashSet();
        var runes = text.EnumerateRunes().ToList();
        var start = 0;
        var end = runes.Count;
        while (start < end && cut.Contains(runes[start]))
        {
            start++;
        }

        while (end > start && cut.Contains(runes[end - 1]))
        {
            end--;
        }

        return string.Concat(runes.Skip(start).Take(end - start).Select(r => r.ToString()));
    }

    private static HclValue Split(IReadOnlyList<HclValue> args)
    {
        var separator = args[0].AsString();
        var text = args[1].AsString();
        var parts = separator.Length == 0
            ? text.EnumerateRunes().Select(r => r.ToString())
            : text.Split(separator);
        return HclValue.List(HclType.String, parts.Select(Str));
    }

    private static HclValue Join(IReadOnlyList<HclValue> args)
    {
        if (args.Count < 2)
        {
            throw new FunctionCallException("at least one list is required");
        }

        var items = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            foreach (var element in args[i].Elements)
            {
                if (element.IsNull)
                {
                    throw new FunctionCallException(i, $"element {items.Count} is null");
                }

                items.Add(element.AsString());
            }
        }

        return Str(string.Join(args[0].AsString(), items));
    }

    private static HclValue Substr(IReadOnlyList<HclValue> args)
    {
        var graphemes = Graphemes(args[0].AsString()).ToList();
        var offset = WholeNumber(args[1], 1, "offset");
        var length = WholeNumber(args[2], 2, "length");
        if (offset < 0)
        {
            offset = Math.Max(0, offset + graphemes.Count);
        }

        if (offset >= graphemes.Count)
        {
            return HclValue.EmptyString;
        }

        var available = graphemes.Count - offset;
        var take = length < 0 ? available : Math.Min(length, available);
        return Str(string.Concat(graphemes.Skip(offset).Take(take)));
    }

    private static HclValue Replace(IReadOnlyList<HclValue> args)
    {
        var text = args[0].AsString();
        var search = args[1].AsString();
        var replacement = args[2].AsString();
        if (search.Length > 1 && search[0] == '/' && search[^1] == '/')
        {
            Re2Pattern pattern;
            try
            {
                pattern = Re2Pattern.Compile(search[1..^1]);
            }
            catch (FormatException e)
            {
                throw new FunctionCallException(1, $"error parsing pattern: {e.Message}");
            }

            var output = new StringBuilder(text.Length);
            var copied = 0;
            foreach (var match in pattern.AllMatches(text))
            {
                output.Append(text, copied, match.Index - copied).Append(ExpandGoTemplate(replacement, match, pattern.Regex));
                copied = match.Index + match.Length;
            }

            return Str(output.Append(text, copied, text.Length - copied).ToString());
        }

        return Str(search.Length == 0 ? InsertBetweenRunes(text, replacement) : text.Replace(search, replacement, StringComparison.Ordinal));
    }

    // Go's strings.Replace with an empty old string inserts the replacement before every rune and at the end.
    private static string InsertBetweenRunes(string text, string replacement)
    {
        var builder = new StringBuilder(replacement);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString()).Append(replacement);
        }

        return builder.ToString();
    }

    // Go's Regexp.Expand: $1, $name, ${name}, $$; a name takes the longest run of letters, digits and
    // underscores; a group that does not exist expands to nothing.
    private static string ExpandGoTemplate(string template, Match match, Regex regex)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '$' || i + 1 >= template.Length)
            {
                builder.Append(template[i]);
                continue;
            }

            if (template[i + 1] == '$')
            {
                builder.Append('$');
                i++;
                continue;
            }

            string name;
            var next = i + 1;
            if (template[next] == '{')
            {
                var close = template.IndexOf('}', next);
                if (close < 0)
                {
                    builder.Append('$');
                    continue;
                }

                name = template[(next + 1)..close];
                i = close;
            }
            else
            {
                var end = next;
                while (end < template.Length && (char.IsAsciiLetterOrDigit(template[end]) || template[end] == '_'))
                {
                    end++;
                }

                if (end == next)
                {
                    builder.Append('$');
                    continue;
                }

                name = template[next..end];
                i = end - 1;
            }

            var number = regex.GroupNumberFromName(name);
            if (number < 0 && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                number = index;
            }

            if (number >= 0 && number < match.Groups.Count && match.Groups[number].Success)
            {
                builder.Append(match.Groups[number].Value);
            }
        }

        return builder.ToString();
    }

    private static HclValue Format(IReadOnlyList<HclValue> args)
    {
        var rest = args.Skip(1).ToList();
        if (rest.Any(a => !a.IsWhollyKnown))
        {
            return HclValue.Unknown(HclType.String);
        }

        return Str(FormatString.Format(args[0].AsString(), rest));
    }

    private static HclValue FormatList(IReadOnlyList<HclValue> args)
    {
        var rest = args.Skip(1).ToList();
        var length = -1;
        var lengthFrom = 0;
        for (var i = 0; i < rest.Count; i++)
        {
            var arg = rest[i];
            if (!(arg.Type.IsList || arg.Type.IsTuple || arg.Type.IsSet) || arg.IsNull)
            {
                continue;
            }

            if (!arg.IsKnown)
            {
                return HclValue.Unknown(HclType.List(HclType.String));
            }

            if (length >= 0 && arg.Length != length)
            {
                throw new FunctionCallException(i + 1, $"argument {i + 1} has length {arg.Length}, which is inconsistent with argument {lengthFrom + 1} of length {length}");
            }

            length = arg.Length;
            lengthFrom = i;
        }

        if (length < 0)
        {
            length = 1;
        }

        var results = new List<HclValue>(length);
        for (var n = 0; n < length; n++)
        {
            var row = rest.Select(a => (a.Type.IsList || a.Type.IsTuple || a.Type.IsSet) && !a.IsNull ? a.Elements[n] : a).ToList();
            if (row.Any(a => !a.IsWhollyKnown))
            {
                results.Add(HclValue.Unknown(HclType.String));
                continue;
            }

            try
            {
                results.Add(Str(FormatString.Format(args[0].AsString(), row)));
            }
            catch (FunctionCallException e)
            {
                throw new FunctionCallException($"error on format iteration {n}: {e.Message}");
            }
        }

        return HclValue.List(HclType.String, results);
    }
}
