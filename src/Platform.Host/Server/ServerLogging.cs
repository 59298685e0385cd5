using System.Globalization;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace Platform.Host.Server;

/// <summary>
/// Serilog for the server: console, text or JSON lines, level from <c>log_level</c>. Orleans and ASP.NET Core are
/// held at Warning (their Information lines are per-call noise); request lines are Debug and server failures Error
/// (see ServerHost).
/// Nothing here ever receives a secret value: handlers log names and ids only.
/// </summary>
internal static class ServerLogging
{
    // The offset is printed rather than a literal Z: Serilog's timestamps are in the machine's time zone.
    private const string TextTemplate = "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffzzz} [{Level:u4}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static Logger Create(ServerSettings settings)
    {
        var logger = new LoggerConfiguration();
        logger.MinimumLevel.Is(ParseLevel(settings.LogLevel))
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            // Off, not Warning: while this category logs at any level, ASP.NET Core starts an Activity and a log scope
            // for every request (~2% of a KV read's CPU). It only logs request start and finish; failures are logged
            // by VaultErrorMiddleware and the request log line.
            .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LevelAlias.Off)
            .MinimumLevel.Override("Orleans", LogEventLevel.Warning)
            // Its first check after start measures from an unset timestamp and warns of a "stall" as long as the
            // machine's uptime on every start; real stalls also show in request latency.
            .MinimumLevel.Override("Orleans.Runtime.Watchdog", LogEventLevel.Error)
            .MinimumLevel.Override("Polly", LogEventLevel.Warning)
            .Enrich.FromLogContext();
        var json = settings.LogFormat == "json";
        if (settings.LogOutput is { } output)
        {
            if (json)
            {
                logger.WriteTo.Sink(new TextWriterLogSink(new RenderedCompactJsonFormatter(), output));
            }
            else
            {
                logger.WriteTo.Sink(new TextWriterLogSink(new MessageTemplateTextFormatter(TextTemplate, CultureInfo.InvariantCulture), output));
            }
        }
        else if (json)
        {
            logger.WriteTo.Console(new RenderedCompactJsonFormatter());
        }
        else
        {
            logger.WriteTo.Console(outputTemplate: TextTemplate, formatProvider: CultureInfo.InvariantCulture);
        }

        return logger.CreateLogger();
    }

    public static LogEventLevel ParseLevel(string level) => level.ToLowerInvariant() switch
    {
        "trace" => LogEventLevel.Verbose,
        "debug" => LogEventLevel.Debug,
        "info" or "information" => LogEventLevel.Information,
        "warn" or "warning" => LogEventLevel.Warning,
        "error" => LogEventLevel.Error,
        _ => throw new FormatException($"log_level '{level}' is not one of trace, debug, info, warn, error."),
    };
}
