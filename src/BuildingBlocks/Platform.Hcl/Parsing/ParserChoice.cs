using Sprache;

namespace Platform.Hcl.Parsing;

/// <summary>Choice combinator for the structural grammar.</summary>
internal static class ParserChoice
{
    /// <summary>
    /// Ordered choice that commits to the first alternative that succeeds. Sprache's own <c>Or</c> also
    /// tries the second alternative when the first succeeds without consuming input, which is wrong for
    /// zero-width successes such as reading the end of file or a lookahead.
    /// </summary>
    public static Parser<T> Else<T>(this Parser<T> first, Parser<T> second) => input =>
    {
        var result = first(input);
        return result.WasSuccessful ? result : second(input);
    };
}
