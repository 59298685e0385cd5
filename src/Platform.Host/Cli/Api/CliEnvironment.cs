namespace Platform.Host.Cli.Api;

/// <summary>
/// Where the CLI finds its server and token: <c>PLATFORM_ADDR</c>/<c>VAULT_ADDR</c>, then <c>PLATFORM_TOKEN</c>/
/// <c>VAULT_TOKEN</c>, then the token file (<c>~/.platform-token</c>, written by <c>platform login</c>). Tests pass
/// their own values instead of the process environment.
/// </summary>
/// <param name="TokenFile">Where <c>platform login</c> stores the token; null: <see cref="TokenFilePath"/>.</param>
internal sealed record CliEnvironment(string Address, string? Token, string? TokenFile = null)
{
    public static string TokenFilePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".platform-token");

    /// <summary>The token file this environment reads and <c>platform login</c> writes.</summary>
    public string EffectiveTokenFile => TokenFile ?? TokenFilePath;

    public static CliEnvironment FromProcess()
    {
        var address = Environment.GetEnvironmentVariable("PLATFORM_ADDR") ?? Environment.GetEnvironmentVariable("VAULT_ADDR") ?? PlatformApiClient.DefaultAddress;
        var token = Environment.GetEnvironmentVariable("PLATFORM_TOKEN") ?? Environment.GetEnvironmentVariable("VAULT_TOKEN");
        if (string.IsNullOrEmpty(token) && File.Exists(TokenFilePath))
        {
            token = File.ReadAllText(TokenFilePath).Trim();
        }

        return new CliEnvironment(address, token);
    }
}
