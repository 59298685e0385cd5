using Sprache;

namespace Platform.Hcl.Parsing;

/// <summary>
/// Combinators for the structural grammar, with Sprache's semantics but without its per-step allocations.
/// Declared in this namespace, they take precedence over <see cref="Parse"/>'s operators of the same name,
/// so the LINQ query syntax in the grammar binds to these: Sprache's versions allocate several closures and
/// intermediate parsers every time a step runs, which dominated parse time on large files.
/// </summary>
internal static class GrammarCombinators
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

    public static Parser<U> Select<T, U>(this Parser<T> parser, Func<T, U> convert) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful ? Result.Success(convert(result.Value), result.Remainder) : Fail<T, U>(result);
    };

    public static Parser<V> SelectMany<T, U, V>(this Parser<T> parser, Func<T, Parser<U>> selector, Func<T, U, V> projector) => input =>
    {
        var first = parser(input);
        if (!first.WasSuccessful) return Fail<T, V>(first);
        var second = selector(first.Value)(first.Remainder);
        return second.WasSuccessful ? Result.Success(projector(first.Value, second.Value), second.Remainder) : Fail<U, V>(second);
    };

    public static Parser<U> Then<T, U>(this Parser<T> first, Func<T, Parser<U>> second) => input =>
    {
        var result = first(input);
        return result.WasSuccessful ? second(result.Value)(result.Remainder) : Fail<T, U>(result);
    };

    public static Parser<U> Return<T, U>(this Parser<T> parser, U value) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful ? Result.Success(value, result.Remainder) : Fail<T, U>(result);
    };

    private static IResult<U> Fail<T, U>(IResult<T> failure) => Result.Failure<U>(failure.Remainder, failure.Message, failure.Expectations);
}
