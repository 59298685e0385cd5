using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// An RE2 pattern (the syntax Terraform's regex functions accept) compiled for .NET. RE2 constructs are
/// translated to their .NET meaning (<c>(?P&lt;name&gt;)</c>, ASCII-only <c>\d \w \s</c>, POSIX classes,
/// <c>\Q…\E</c>, <c>$</c> as end of text; <c>\b</c> keeps .NET's Unicode word boundary), and constructs that RE2 rejects or .NET would read differently
/// (backreferences, lookaround, atomic groups, possessive quantifiers, ungreedy mode) are refused. Matching uses
/// the non-backtracking engine, so like RE2 it runs in linear time whatever the pattern.
/// </summary>
internal sealed class Re2Pattern
{
    private static readonly ConcurrentDictionary<string, Re2Pattern> Cache = new(StringComparer.Ordinal);

    private Re2Pattern(Regex regex, IReadOnlyList<string> groupNames, bool named)
    {
        Regex = regex;
        GroupNames = groupNames;
        HasNamedGroups = named;
    }

    public Regex Regex { get; }

    /// <summary>The capture groups in order (numbers as text for unnamed ones), without group 0.</summary>
    public IReadOnlyList<string> GroupNames { get; }

    public bool HasNamedGroups { get; }

    /// <summary>Compiles <paramref name="pattern"/>; throws <see cref="FormatException"/> with why it is refused.</summary>
    /// <summary>
    /// Every match, as Go's FindAll and ReplaceAll see them: an empty match right where the previous match
    /// ended is dropped (.NET keeps it, so "baaac" with a* would give "-b--c-" where Terraform gives "-b-c-").
    /// </summary>
    public IEnumerable<Match> AllMatches(string text)
    {
        var previousEnd = -1;
        foreach (Match match in Regex.Matches(text))
        {
            if (match.Length == 0 && match.Index == previousEnd)
            {
                continue;
            }

            previousEnd = match.Index + match.Length;
            yield return match;
        }
    }

    public static Re2Pattern Compile(string pattern)
    {
        if (Cache.TryGetValue(pattern, out var cached))
        {
            return cached;
        }

        var (translated, names, named, unnamed) = Translate(pattern);
        if (named > 0 && unnamed > 0)
        {
            throw new FormatException("invalid regexp pattern: cannot mix both named and unnamed capture groups");
        }

        Regex regex;
        try
        {
            regex = new Regex(translated, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            throw new FormatException(e.Message);
        }

        var compiled = new Re2Pattern(regex, names, named > 0);
        if (Cache.Count < 256)
        {
            Cache.TryAdd(pattern, compiled);
        }

        return compiled;
    }

    private static (string Pattern, List<string> Names, int Named, int Unnamed) Translate(string pattern)
    {
        var output = new StringBuilder();
        var names = new List<string>();
        var named = 0;
        var unnamed = 0;
        var multiline = false;
        var i = 0;
        var inClass = false;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i = TranslateEscape(pattern, i, output, inClass);
                continue;
            }

            if (inClass)
            {
                if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
                {
                    var end = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
                    if (end > 0)
                    {
                        output.Append(PosixClass(pattern[(i + 2)..end]));
                        i = end + 2;
                        continue;
                    }
                }

                if (c == '[')
                {
                    output.Append("\\[");
                    i++;
                    continue;
                }

                if (c == ']')
                {
                    inClass = false;
                }

                output.Append(c);
                i++;
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    output.Append(c);
                    i++;

                    // A ']' right after '[' or '[^' is a literal in both syntaxes.
                    if (i < pattern.Length && pattern[i] == '^')
                    {
                        output.Append('^');
                        i++;
                    }

                    if (i < pattern.Length && pattern[i] == ']')
                    {
                        output.Append("\\]");
                        i++;
                    }

                    continue;
                case '(':
                    i = TranslateGroup(pattern, i, output, names, ref named, ref unnamed, ref multiline);
                    continue;
                case '$':
                    output.Append(multiline ? "$" : "\\z");
                    i++;
                    continue;
                case '*' or '+' or '?' or '}':
                    output.Append(c);
                    i++;
                    if (i < pattern.Length && pattern[i] == '+')
                    {
                        throw new FormatException($"invalid nested repetition operator: `{c}+`");
                    }

                    continue;
                default:
                    output.Append(c);
                    i++;
                    continue;
            }
        }

        if (inClass)
        {
            throw new FormatException($"missing closing ]: `{pattern}`");
        }

        return (output.ToString(), names, named, unnamed);
    }

    private static int TranslateGroup(string pattern, int i, StringBuilder output, List<string> names, ref int named, ref int unnamed, ref bool multiline)
    {
        if (i + 1 >= pattern.Length || pattern[i + 1] != '?')
        {
            unnamed++;
            names.Add(unnamed.ToString(CultureInfo.InvariantCulture));
            output.Append('(');
            return i + 1;
        }

        var rest = pattern.AsSpan(i + 2);
        if (rest.StartsWith("P<") || (rest.StartsWith("<") && !rest.StartsWith("<=") && !rest.StartsWith("<!")))
        {
            var nameStart = i + (rest[0] == 'P' ? 4 : 3);
            var close = pattern.IndexOf('>', nameStart);
            if (close < 0)
            {
                throw new FormatException($"invalid named capture: `{pattern[i..]}`");
            }

            var name = pattern[nameStart..close];
            if (name.Length == 0 || !name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_') || names.Contains(name))
            {
                throw new FormatException($"invalid named capture: `{pattern[i..(close + 1)]}`");
            }

            named++;
            names.Add(name);
            output.Append("(?<").Append(name).Append('>');
            return close + 1;
        }

        // Flag groups: (?flags) or (?flags:...), with flags from i, m, s (U is RE2-only: refused).
        var j = i + 2;
        var flags = new StringBuilder();
        while (j < pattern.Length && pattern[j] is 'i' or 'm' or 's' or 'U' or '-')
        {
            flags.Append(pattern[j]);
            j++;
        }

        if (j < pattern.Length && pattern[j] is ')' or ':')
        {
            var text = flags.ToString();
            if (text.Contains('U', StringComparison.Ordinal))
            {
                throw new FormatException("the ungreedy flag (?U) is not supported");
            }

            var minus = text.IndexOf('-', StringComparison.Ordinal);
            if (text.Contains('m', StringComparison.Ordinal))
            {
                multiline = minus < 0 || text.IndexOf('m', StringComparison.Ordinal) < minus;
            }

            output.Append("(?").Append(text).Append(pattern[j]);
            return j + 1;
        }

        throw new FormatException($"invalid or unsupported Perl syntax: `{pattern.Substring(i, Math.Min(3, pattern.Length - i))}`");
    }

    private static int TranslateEscape(string pattern, int i, StringBuilder output, bool inClass)
    {
        if (i + 1 >= pattern.Length)
        {
            throw new FormatException("trailing backslash at end of expression");
        }

        var e = pattern[i + 1];
        switch (e)
        {
            case 'd': output.Append(inClass ? "0-9" : "[0-9]"); return i + 2;
            case 'D': output.Append(inClass ? "\\x00-/:-\\uFFFF" : "[^0-9]"); return i + 2;
            case 'w': output.Append(inClass ? "0-9A-Za-z_" : "[0-9A-Za-z_]"); return i + 2;
            case 'W': output.Append(inClass ? "\\x00-/:-@\\[-^`{-\\uFFFF" : "[^0-9A-Za-z_]"); return i + 2;
            case 's': output.Append(inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]"); return i + 2;
            case 'S': output.Append(inClass ? "\\x00-\\x08\\x0B\\x0E-\\x1F!-\\uFFFF" : "[^\\t\\n\\f\\r ]"); return i + 2;
            case 'Q':
                var end = pattern.IndexOf("\\E", i + 2, StringComparison.Ordinal);
                var literal = end < 0 ? pattern[(i + 2)..] : pattern[(i + 2)..end];
                output.Append(Regex.Escape(literal));
                return end < 0 ? pattern.Length : end + 2;
            case 'p' or 'P':
                if (i + 2 < pattern.Length && pattern[i + 2] != '{')
                {
                    output.Append('\\').Append(e).Append('{').Append(pattern[i + 2]).Append('}');
                    return i + 3;
                }

                output.Append('\\').Append(e);
                return i + 2;
            case 'x':
                if (i + 2 < pattern.Length && pattern[i + 2] == '{')
                {
                    var close = pattern.IndexOf('}', i + 3);
                    if (close < 0 || !int.TryParse(pattern.AsSpan(i + 3, close - i - 3), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) || code > 0xFFFF)
                    {
                        throw new FormatException($"invalid escape sequence: `{pattern[i..Math.Min(pattern.Length, i + 12)]}`");
                    }

                    output.Append(CultureInfo.InvariantCulture, $"\\u{code:X4}");
                    return close + 1;
                }

                output.Append("\\x");
                return i + 2;
            case >= '1' and <= '9':
            case 'Z' or 'k' or 'G' or 'X' or 'C' or 'R' or 'K' or 'g' or 'h' or 'H' or 'N' or 'o' or 'e' or 'c':
                throw new FormatException($"invalid escape sequence: `\\{e}`");
            case 'b' when inClass:
                throw new FormatException("invalid escape sequence: `\\b`");
            default:
                output.Append('\\').Append(e);
                return i + 2;
        }
    }

    private static string PosixClass(string name) => name switch
    {
        "alnum" => "0-9A-Za-z",
        "alpha" => "A-Za-z",
        "ascii" => "\\x00-\\x7F",
        "blank" => "\\t ",
        "cntrl" => "\\x00-\\x1F\\x7F",
        "digit" => "0-9",
        "graph" => "!-~",
        "lower" => "a-z",
        "print" => " -~",
        "punct" => "!-/:-@\\[-`{-~",
        "space" => "\\t\\n\\v\\f\\r ",
        "upper" => "A-Z",
        "word" => "0-9A-Za-z_",
        "xdigit" => "0-9A-Fa-f",
        _ => throw new FormatException($"invalid character class range: `[:{name}:]`"),
    };
}
