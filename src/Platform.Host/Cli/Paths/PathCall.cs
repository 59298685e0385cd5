using System.CommandLine;
using Platform.Host.Cli.Api;

namespace Platform.Host.Cli.Paths;

/// <summary>
/// Runs one path command's API calls with the Vault CLI's error shapes: bad <c>key=value</c> input is a usage error
/// (exit 2), nothing at the path is <c>No value found at PATH</c> (exit 2), any other refusal is
/// <c>Error VERB PATH: …</c> with the server's words (exit 1).
/// </summary>
internal static class PathCall
{
    public static async Task<int> RunAsync(ParseResult parse, CliContext context, string verb, string path, Func<PlatformApiClient, Task<int>> call)
    {
        var error = parse.InvocationConfiguration.Error;
        try
        {
            using var client = context.CreateClient();
            return await call(client);
        }
        catch (FormatException exception)
        {
            await error.WriteLineAsync($"Failed to parse K=V data: {exception.Message}");
            return ExitCodes.Usage;
        }
        catch (ApiException exception) when (exception.StatusCode == 404 && verb is "reading" or "listing")
        {
            await error.WriteLineAsync($"No value found at {path}");
            return ExitCodes.Usage;
        }
        catch (ApiException exception)
        {
            await error.WriteLineAsync($"Error {verb} {path}: {exception.Message}");
            return ExitCodes.Error;
        }
    }

    /// <summary>A path as the user typed it, without the leading slash or <c>v1/</c> Vault's CLI also tolerates.</summary>
    public static string Clean(string path)
    {
        var trimmed = path.Trim().TrimStart('/');
        return trimmed.StartsWith("v1/", StringComparison.Ordinal) ? trimmed[3..] : trimmed;
    }
}
