using System.Net;
using Platform.EndToEnd.Support;

namespace Platform.EndToEnd.Server;

/// <summary>The harness's own ground: a real <c>platform server -config</c> process starts, serves and stops.</summary>
public sealed class ServerProcessTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Start_FreshConfig_ServesUninitialisedAndSealed()
    {
        await using var node = new ServerNode(ServerConfig.Sqlite(), output);

        await node.StartAsync();

        var status = await node.Api.SealStatusAsync();
        Assert.False(status["initialized"]!.GetValue<bool>());
        Assert.True(status["sealed"]!.GetValue<bool>());
        Assert.Equal("shamir", status["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotImplemented, (await node.Api.GetAsync("sys/health")).Status);
    }

    [Fact]
    public async Task Stop_Sigterm_ExitsZeroAndLogsTheShutdown()
    {
        await using var node = new ServerNode(ServerConfig.Sqlite(), output);
        await node.StartAsync();

        var exitCode = await node.StopAsync();

        Assert.Equal(0, exitCode);
        Assert.False(node.IsRunning);
        Assert.Contains("Application is shutting down", node.LogText);
    }
}
