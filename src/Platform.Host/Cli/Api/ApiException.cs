namespace Platform.Host.Cli.Api;

/// <summary>The server refused a request (or could not be reached: status 0); the messages are the server's.</summary>
internal sealed class ApiException(int statusCode, IReadOnlyList<string> errors)
    : Exception($"Code: {statusCode}. Errors:\n\n" + string.Join("\n", errors.Select(e => "* " + e)))
{
    public int StatusCode { get; } = statusCode;

    public IReadOnlyList<string> Errors { get; } = errors;
}
