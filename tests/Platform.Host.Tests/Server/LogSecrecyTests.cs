using System.Net.Http.Headers;
using System.Text;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Server;

/// <summary>
/// Whatever a request carries (tokens in every header clients use, key shares, bodies, query strings, malformed
/// JSON around a secret), none of it reaches the server's log, at the most verbose level and in both formats.
/// </summary>
public sealed class LogSecrecyTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public async Task Requests_CarryingMarkers_NoMarkerInTheLog(string format)
    {
        await using var server = await RunningServer.StartAsync(settings => settings with { LogLevel = "trace", LogFormat = format });
        var marker = "MARKER" + Guid.NewGuid().ToString("N");

        await SendAsync(server, HttpMethod.Put, "/v1/sys/seal", null, request => request.Headers.Add("X-Vault-Token", marker + "a"));
        await SendAsync(server, HttpMethod.Get, "/v1/sys/key-status", null, request => request.Headers.Add("X-Nomad-Token", marker + "b"));
        await SendAsync(server, HttpMethod.Put, "/v1/sys/rotate", null, request => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", marker + "c"));
        await SendAsync(server, HttpMethod.Put, "/v1/sys/unseal", $"{{\"key\":\"{marker}d\"}}", _ => { });
        await SendAsync(server, HttpMethod.Put, "/v1/sys/unseal", $"{{\"key\": \"{marker}e", _ => { });
        await SendAsync(server, HttpMethod.Put, "/v1/sys/init", $"{{\"secret_shares\": \"{marker}f\"}}", _ => { });
        await SendAsync(server, HttpMethod.Get, $"/v1/sys/seal-status?token={marker}g", null, _ => { });
        await SendAsync(server, HttpMethod.Get, $"/v1/sys/health?sealedcode={marker}h", null, _ => { });

        var log = server.Log;
        Assert.True(log.Contains("sys/unseal", StringComparison.Ordinal), "the request log is missing:\n" + log);
        Assert.DoesNotContain("MARKER", log);
    }

    private static async Task SendAsync(RunningServer server, HttpMethod method, string path, string? body, Action<HttpRequestMessage> decorate)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        decorate(request);
        using var response = await server.Client.SendAsync(request);
        Assert.True((int)response.StatusCode is >= 200 and < 600);
    }
}
