using System.CommandLine;
using System.Net;
using Platform.Host.Cli;
using Platform.Host.Config;
using Platform.Kernel.Storage;

namespace Platform.Host.Server;

/// <summary>
/// <c>platform server -dev | -config FILE</c>: runs this node until SIGTERM or Ctrl-C, then shuts down gracefully
/// (in-flight requests finish, grains deactivate and write their state).
/// </summary>
internal static class ServerCommand
{
    public static Command Create()
    {
        var dev = new Option<bool>("-dev", "--dev") { Description = "One node on a throw-away SQLite database, initialised and unsealed, keys printed." };
        var devRootTokenId = new Option<string?>("-dev-root-token-id", "--dev-root-token-id") { Description = "Dev mode: the root token to create." };
        var config = new Option<string?>("-config", "--config") { Description = "Server configuration file (HCL, or JSON when it ends in .json)." };
        var httpAddress = new Option<string?>("-http-addr", "--http-addr") { Description = $"host:port to serve HTTP on (default {ServerSettings.DefaultHttpAddress}); overrides the listener." };
        var dataDir = new Option<string?>("-data-dir", "--data-dir") { Description = "Dev mode: folder for the SQLite database (default: a fresh temporary folder)." };
        var command = new Command("server", "Run a Platform server node.") { dev, devRootTokenId, config, httpAddress, dataDir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var configPath = parse.GetValue(config);
            if (parse.GetValue(dev) == (configPath is not null))
            {
                error.WriteLine("Error: give either -dev, or -config FILE with a server configuration (not both).");
                return ExitCodes.Usage;
            }

            ServerSettings settings;
            try
            {
                var httpEndpoint = parse.GetValue(httpAddress) is { } address ? ServerSettings.ParseEndpoint(address) : null;
                if (configPath is null)
                {
                    settings = DevSettings(httpEndpoint, parse.GetValue(dataDir), parse.GetValue(devRootTokenId));
                }
                else if (ReadConfig(configPath, error) is { } configured)
                {
                    // -http-addr overrides the listener (and with it, TLS: the flag means plain HTTP on that address).
                    settings = httpEndpoint is null ? configured : configured with { HttpEndpoint = httpEndpoint, Tls = null };
                }
                else
                {
                    return ExitCodes.Error;
                }
            }
            catch (FormatException exception)
            {
                error.WriteLine($"Error: {exception.Message}");
                return ExitCodes.Usage;
            }

            await using var app = ServerHost.Build(settings);
            // The host's own console lifetime turns SIGTERM and Ctrl-C into a graceful stop; RunAsync returns once
            // in-flight requests have finished and the silo has deactivated its grains.
            await app.RunAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <returns>The settings, or null after printing why the file cannot be used.</returns>
    private static ServerSettings? ReadConfig(string path, TextWriter error)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Error: cannot read the configuration file {path}: {exception.Message}");
            return null;
        }

        var (settings, diagnostics) = ServerConfigReader.Read(text, path);
        DiagnosticPrinter.Print(diagnostics, error);
        if (settings is null)
        {
            error.WriteLine($"Error: the configuration file {path} has errors (above); the server did not start.");
        }

        return settings;
    }

    private static ServerSettings DevSettings(IPEndPoint? httpEndpoint, string? dataDir, string? rootTokenId)
    {
        var directory = dataDir is null ? Directory.CreateTempSubdirectory("platform-dev-").FullName : Directory.CreateDirectory(dataDir).FullName;
        return new ServerSettings
        {
            DevMode = true,
            DevRootTokenId = rootTokenId,
            HttpEndpoint = httpEndpoint ?? ServerSettings.ParseEndpoint(ServerSettings.DefaultHttpAddress),
            Storage = new StorageSettings { Kind = StorageKind.Sqlite, SqlitePath = Path.Combine(directory, StorageSection.DatabaseFileName) },
            // A dev node is alone: no gateway, and a free silo port so several dev servers can run side by side.
            Cluster = new ClusterSettings { SiloPort = LoopbackPort.Free(), GatewayPort = 0 },
            LogLevel = "info",
        };
    }
}
