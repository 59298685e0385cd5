using Platform.Host.Cli.Api;

namespace Platform.Host.Cli;

/// <summary>
/// What commands take from outside the arguments: standard input, and the server address and token (read lazily, so
/// commands that never call the server never touch the token file).
/// </summary>
internal sealed record CliContext(TextReader Input, Func<CliEnvironment> Environment)
{
    public PlatformApiClient CreateClient() => new(Environment());
}
