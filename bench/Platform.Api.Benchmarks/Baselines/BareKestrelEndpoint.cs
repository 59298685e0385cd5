using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.Api.Benchmarks.Baselines;

/// <summary>
/// The ceiling on this machine: Kestrel and minimal-API routing with nothing behind them, answering every request
/// with fixed bytes (the body a real lookup-self returned) and the same headers the platform sends. Run as its own
/// process with the platform's GC mode so the comparison is process against process.
/// </summary>
internal static class BareKestrelEndpoint
{
    public static async Task RunAsync(IPEndPoint endpoint, byte[] body, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(endpoint);
            kestrel.AddServerHeader = false;
        });
        await using var app = builder.Build();
        app.MapMethods("/{**path}", ["GET", "POST", "PUT"], (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Bytes(body, "application/json; charset=utf-8");
        });
        await app.RunAsync(cancellationToken);
    }
}
