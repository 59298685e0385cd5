using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Kernel;
using Platform.Kernel.Grains;
using Platform.Kernel.Http;
using Platform.Kernel.Pipeline;
using Platform.Kernel.Storage;
using Platform.Secrets;
using Serilog;
using Serilog.Events;

namespace Platform.Host.Server;

/// <summary>
/// Builds the one process that serves everything: Kestrel on one listener, the Orleans silo with the configured
/// backend, every module's services and routes, and the middleware every route shares.
/// </summary>
internal static class ServerHost
{
    public static WebApplication Build(ServerSettings settings, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // The server's own logger, never the static Log.Logger: several servers (tests, a cluster in one process)
        // must each log to their own output.
        var logger = ServerLogging.Create(settings);
        builder.Services.AddSerilog(logger, dispose: true);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(settings.HttpEndpoint, listen =>
            {
                if (settings.Tls is { } tls)
                {
                    listen.UseHttps(X509Certificate2.CreateFromPemFile(tls.CertificateFile, tls.KeyFile));
                }
            });
            kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new PlatformInfo { StorageType = settings.Storage.Kind.ToString().ToLowerInvariant(), DevMode = settings.DevMode });
        builder.Services.AddSingleton(settings);
        builder.Services.AddPlatformPipeline();
        builder.Services.AddSecretsModule();
        builder.UseOrleans(silo =>
        {
            silo.Configure<Orleans.Configuration.ClusterOptions>(options =>
            {
                options.ClusterId = settings.Cluster.ClusterId;
                options.ServiceId = "platform";
            });
            silo.AddPlatformStorage(settings.Storage, settings.Cluster);
            CachedGrainInterfaceTypes.Register(silo.Services);
            // Each node unseals on its own, so a grain must not be placed on a node that cannot decrypt its state.
            // A sealed node refuses every request before any grain call, so activating grains on the node that
            // serves the request keeps them on unsealed nodes (and keeps calls local, the fast path).
            silo.Services.AddSingleton<Orleans.Runtime.PlacementStrategy, Orleans.Runtime.PreferLocalPlacement>();
        });
        if (settings.DevMode)
        {
            builder.Services.AddHostedService<DevModeBootstrap>();
        }

        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseMiddleware<VaultErrorMiddleware>();
        app.UseSerilogRequestLogging(options =>
        {
            // Method, path (never the query string, where a careless client may put a token), status and time.
            options.Logger = logger;
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = RequestLogLevel;
        });
        app.UseMiddleware<CallContextMiddleware>();
        // Routing after CallContextMiddleware: it turns GET ?list=true into LIST, and the route must be chosen on
        // the rewritten verb (WebApplication would otherwise route first and answer 405).
        app.UseRouting();
        var v1 = app.MapGroup("/v1");
        v1.MapSecretsEndpoints();
        return app;
    }

    /// <summary>
    /// A request line is Debug (off at the default <c>info</c>), as Nomad logs <c>request complete</c> and Vault logs
    /// no requests at all (its audit devices do): at Information the console sink cost ~11 µs of CPU per request and
    /// put every request path in the log. Failures of the server itself (500, an exception) stay at Error; a sealed
    /// or uninitialised node answers 503/501 by design (health checks poll it), which is not an error.
    /// </summary>
    private static LogEventLevel RequestLogLevel(HttpContext http, double elapsedMilliseconds, Exception? exception) =>
        exception is not null || http.Response.StatusCode == StatusCodes.Status500InternalServerError ? LogEventLevel.Error : LogEventLevel.Debug;
}
