using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Storage;
using Platform.Kernel.Errors;
using Platform.Kernel.Http;

namespace Platform.Kernel.Tests.Http;

public sealed class VaultErrorMiddlewareTests
{
    private static async Task<(int Status, JsonNode Body)> RunAsync(Exception thrown)
    {
        var http = new DefaultHttpContext();
        http.Response.Body = new MemoryStream();
        var middleware = new VaultErrorMiddleware(_ => throw thrown, NullLogger<VaultErrorMiddleware>.Instance);

        await middleware.InvokeAsync(http);

        http.Response.Body.Position = 0;
        return (http.Response.StatusCode, JsonNode.Parse(http.Response.Body)!);
    }

    [Fact]
    public async Task InvokeAsync_StaleETagConflict_Answers409InVaultsShape()
    {
        var (status, body) = await RunAsync(new InconsistentStateException("Version conflict", "stored", "current"));

        Assert.Equal(409, status);
        Assert.StartsWith("conflict:", body["errors"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task InvokeAsync_ValidationException_ListsEveryError()
    {
        var (status, body) = await RunAsync(new ValidationException(["first problem", "second problem"]));

        Assert.Equal(400, status);
        Assert.Equal(["first problem", "second problem"], body["errors"]!.AsArray().Select(e => e!.GetValue<string>()));
    }

    [Fact]
    public async Task InvokeAsync_UnexpectedException_Answers500WithoutItsMessage()
    {
        var (status, body) = await RunAsync(new InvalidOperationException("secret-marker-in-message"));

        Assert.Equal(500, status);
        Assert.DoesNotContain("secret-marker-in-message", body.ToJsonString());
    }
}
