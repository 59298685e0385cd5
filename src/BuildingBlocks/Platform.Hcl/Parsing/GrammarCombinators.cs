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

    /// <summary>Runs <paramref name="first"/> then <paramref name="second"/> and projects both values, with no intermediate result.</summary>
    public static Parser<R> Sequence<T1, T2, R>(this Parser<T1> first, Parser<T2> second, Func<T1, T2, R> project) => input =>
    {
        var r1 = first(input);
        if (!r1.WasSuccessful) return Fail<T1, R>(r1);
        var r2 = second(r1.Remainder);
        return r2.WasSuccessful ? Result.Success(project(r1.Value, r2.Value), r2.Remainder) : Fail<T2, R>(r2);
    };

    /// <summary>
    /// Runs <paramref name="first"/>, then <paramref name="second"/>, then the parser <paramref name="third"/> picks
    /// from the second value, and projects all three. A three-step LINQ query does the same with an extra
    /// intermediate result and an anonymous "transparent identifier" object per run; this rule runs for every
    /// attribute and block of a file.
    /// </summary>
    public static Parser<R> Sequence<T1, T2, T3, R>(
        this Parser<T1> first, Parser<T2> second, Func<T2, Parser<T3>> third, Func<T1, T2, T3, R> project) => input =>
    {
        var r1 = first(input);
        if (!r1.WasSuccessful) return Fail<T1, R>(r1);
        var r2 = second(r1.Remainder);
        if (!r2.WasSuccessful) return Fail<T2, R>(r2);
        var r3 = third(r2.Value)(r2.Remainder);
        return r3.WasSuccessful ? Result.Success(project(r1.Value, r2.Value, r3.Value), r3.Remainder) : Fail<T3, R>(r3);
    };

    /// <summary>
    /// Sprache's <c>Many</c> for rules run only for their effect: applies <paramref name="parser"/> until it fails
    /// or stops consuming input, and returns how many times it succeeded, without collecting the values.
    /// </summary>
    public static Parser<int> SkipMany<T>(this Parser<T> parser) => input =>
    {
        var remainder = input;
        var count = 0;
        while (true)
        {
            var result = parser(remainder);
            if (!result.WasSuccessful || result.Remainder.Equals(remainder)) return Result.Success(count, remainder);
            count++;
            remainder = result.Remainder;
        }
    };

    private static IResult<U> Fail<T, U>(IResult<T> failure) => Result.Failure<U>(failure.Remainder, failure.Message, failure.Expectations);
}
