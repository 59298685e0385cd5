using System.Text.RegularExpressions;
using static Platform.Hcl.Evaluation.Functions.FunctionTable;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// <c>regex</c> and <c>regexall</c>: the result's shape follows the pattern, as in cty: the matched string when
/// there are no capture groups, a tuple of strings for unnamed groups, an object for named groups (a group
/// that took no part in the match is null).
/// </summary>
internal static class RegexFunctions
{
    public static IEnumerable<KeyValuePair<string, HclFunction>> All()
    {
        yield return new("regex", Define([Param("pattern", HclType.String), Param("string", HclType.String)], MatchType, Regex));
        yield return new("regexall", Define([Param("pattern", HclType.String), Param("string", HclType.String)],
            a => MatchType(a) is var t && t.IsDynamic ? t : HclType.List(t), RegexAll));
    }

    private static HclType MatchType(IReadOnlyList<HclValue> args)
    {
        if (!args[0].IsKnown)
        {
            return HclType.Dynamic;
        }

        var pattern = Compile(args[0].AsString());
        if (pattern.GroupNames.Count == 0)
        {
            return HclType.String;
        }

        return pattern.HasNamedGroups
            ? HclType.Object(pattern.GroupNames.Select(n => KeyValuePair.Create(n, HclType.String)))
            : HclType.Tuple(pattern.GroupNames.Select(_ => HclType.String));
    }

    private static Re2Pattern Compile(string pattern)
    {
        try
        {
            return Re2Pattern.Compile(pattern);
        }
        catch (FormatException e)
        {
            throw new FunctionCallException(0, $"error parsing pattern: {e.Message}");
        }
    }

    private static HclValue Regex(IReadOnlyList<HclValue> args)
    {
        var pattern = Compile(args[0].AsString());
        var match = pattern.Regex.Match(args[1].AsString());
        return match.Success
            ? Result(pattern, match)
            : throw new FunctionCallException("pattern did not match any part of the given string");
    }

    private static HclValue RegexAll(IReadOnlyList<HclValue> args)
    {
        var pattern = Compile(args[0].AsString());
        var type = MatchType(args);
        var matches = pattern.AllMatches(args[1].AsString()).Select(m => Result(pattern, m)).ToList();
        return HclValue.List(type, matches);
    }

    private static HclValue Result(Re2Pattern pattern, Match match)
    {
        if (pattern.GroupNames.Count == 0)
        {
            return Str(match.Value);
        }

        var values = pattern.GroupNames.Select(name =>
        {
            var group = match.Groups[name];
            return group.Success ? Str(group.Value) : HclValue.Null(HclType.String);
        }).ToList();
        return pattern.HasNamedGroups
            ? HclValue.Object(pattern.GroupNames.Zip(values, KeyValuePair.Create))
            : HclValue.Tuple(values);
    }
}
