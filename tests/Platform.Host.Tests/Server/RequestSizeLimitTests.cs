using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Server;

/// <summary><c>max_request_size</c> as Kestrel enforces it, answered in Vault's error shape.</summary>
public sealed class RequestSizeLimitTests
{
    private static string Body(int size) => "{\"key\":\"" + new string('a', size - 10) + "\"}";

    [Fact]
    public async Task Put_BodyOverTheLimit_Answers413WithTheLimitInVaultsErrorShape()
    {
        await using var server = await RunningServer.StartAsync(settings => settings with { MaxRequestBodyBytes = 1024 });

        var response = await server.Client.PutAsync("/v1/sys/unseal", new StringContent(Body(4096), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("request body too large: the limit is 1024 bytes", Assert.Single(body!["errors"]!.AsArray())!.GetValue<string>());
    }

    [Fact]
    public async Task Put_ChunkedBodyOverTheLimit_Answers413Too()
    {
        await using var server = await RunningServer.StartAsync(settings => settings with { MaxRequestBodyBytes = 1024 });
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Body(4096))));
        using var request = new HttpRequestMessage(HttpMethod.Put, "/v1/sys/unseal") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("request body too large", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Put_BodyUnderTheLimit_ReachesTheHandler()
    {
        await using var server = await RunningServer.StartAsync(settings => settings with { MaxRequestBodyBytes = 1024 });

        var response = await server.Client.PutAsync("/v1/sys/unseal", new StringContent(Body(1000), Encoding.UTF8, "application/json"));

        // The handler's own answer: this server is not initialised yet.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Vault is not initialized", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Put_NoLimitConfigured_AcceptsALargeBody()
    {
        await using var server = await RunningServer.StartAsync(settings => settings with { MaxRequestBodyBytes = null });

        var response = await server.Client.PutAsync("/v1/sys/unseal", new StringContent(Body(40 * 1024 * 1024), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
