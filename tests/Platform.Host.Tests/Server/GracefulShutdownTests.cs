using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Server;

/// <summary>What SIGTERM and Ctrl-C set off: the host's graceful stop.</summary>
public sealed class GracefulShutdownTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Stop_RequestInFlight_FinishesTheRequestBeforeStopping()
    {
        var slow = new HeldRoute("/test/held");
        await using var server = await RunningServer.StartAsync(configure: builder => builder.Services.AddSingleton<IStartupFilter>(slow));
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(stopping.SetResult);

        var inFlight = server.Client.GetAsync(slow.Path);
        await slow.Entered.WaitAsync(Deadline);
        var stop = server.StopAsync();
        await stopping.Task.WaitAsync(Deadline);
        var finishedBeforeRelease = inFlight.IsCompleted || stop.IsCompleted;
        slow.Release();
        using var response = await inFlight.WaitAsync(Deadline);
        await stop.WaitAsync(Deadline);

        Assert.False(finishedBeforeRelease);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("finished", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Stop_Initialised_RestartOnTheSameDataIsInitialisedAndSealed()
    {
        string dataDirectory;
        await using (var first = await RunningServer.StartAsync())
        {
            await first.InitializeAndUnsealAsync(shares: 3, threshold: 2);
            dataDirectory = first.DataDirectory;
            await first.StopAsync();
        }

        await using var second = await RunningServer.StartAsync(dataDirectory: dataDirectory);
        var status = await second.CliAsync(null, "status", "-format=json");

        Assert.Equal(2, status.ExitCode);
        Assert.Contains("\"initialized\": true", status.Output);
        Assert.Contains("\"sealed\": true", status.Output);
    }

    /// <summary>A route that holds its request until the test releases it: a slow request without any sleeping.</summary>
    private sealed class HeldRoute(string path) : IStartupFilter
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Path { get; } = path;

        public Task Entered => _entered.Task;

        public void Release() => _release.SetResult();

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, following) =>
            {
                if (http.Request.Path != Path)
                {
                    await following(http);
                    return;
                }

                _entered.SetResult();
                await _release.Task;
                await http.Response.WriteAsync("finished");
            });
            next(app);
        };
    }
}
