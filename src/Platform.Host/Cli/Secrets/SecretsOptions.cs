using System.CommandLine;

namespace Platform.Host.Cli.Secrets;

/// <summary>The <c>-options K=V</c> flag <c>vault secrets enable</c> and <c>tune</c> share (repeatable).</summary>
internal static class SecretsOptions
{
    public static Option<string[]> Create() => new("-options", "--options")
    {
        Description = "Engine option as KEY=VALUE (repeatable), e.g. version=2.",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static void Validate(System.CommandLine.Parsing.CommandResult result, Option<string[]> options)
    {
        foreach (var pair in result.GetValue(options) ?? [])
        {
            if (!pair.Contains('=', StringComparison.Ordinal) || pair.StartsWith('='))
            {
                result.AddError($"option '{pair}' must be KEY=VALUE, e.g. version=2");
            }
        }
    }

    public static Dictionary<string, string> Parse(string[]? pairs) =>
        (pairs ?? []).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
