using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Platform.Host.Cli;
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
        var config = new Option<string?>("-config", "--config") { Description = "Server configuration file (HCL)." };
        var httpAddress = new Option<string?>("-http-addr", "--http-addr") { Description = $"host:port to serve HTTP on (default {ServerSettings.DefaultHttpAddress}); overrides the listener." };
        var dataDir = new Option<string?>("-data-dir", "--data-dir") { Description = "Dev mode: folder for the SQLite database (default: a fresh temporary folder)." };
        var command = new Command("server", "Run a Platform server node.") { dev, devRootTokenId, config, httpAddress, dataDir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            ServerSettings settings;
            try
            {
                if (parse.GetValue(dev))
                {
                    settings = DevSettings(parse.GetValue(httpAddress), parse.GetValue(dataDir), parse.GetValue(devRootTokenId));
                }
                else if (parse.GetValue(config) is { } configPath)
                {
                    error.WriteLine($"Error: -config is not supported yet ({configPath}); use -dev.");
                    return ExitCodes.Usage;
                }
                else
                {
                    error.WriteLine("Error: give -dev, or -config FILE with a server configuration.");
                    return ExitCodes.Usage;
                }
            }
            catch (FormatException exception)
            {
                error.WriteLine($"Error: {exception.Message}");
                return ExitCodes.Usage;
            }

            await using var app = ServerHost.Build(settings);
            await app.RunAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    private static ServerSettings DevSettings(string? httpAddress, string? dataDir, string? rootTokenId)
    {
        var directory = dataDir ?? Directory.CreateTempSubdirectory("platform-dev-").FullName;
        return new ServerSettings
        {
            DevMode = true,
            DevRootTokenId = rootTokenId,
            HttpEndpoint = ServerSettings.ParseEndpoint(httpAddress ?? ServerSettings.DefaultHttpAddress),
            Storage = new StorageSettings { Kind = StorageKind.Sqlite, SqlitePath = Path.Combine(directory, "platform.db") },
            // A dev node is alone: no gateway, and a free silo port so several dev servers can run side by side.
            Cluster = new ClusterSettings { SiloPort = FreeTcpPort(), GatewayPort = 0 },
            LogLevel = "info",
        };
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
