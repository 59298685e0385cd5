namespace Platform.EndToEnd.Support;

/// <summary>
/// One node's <c>-config</c> file, in the HCL shape <c>platform server</c> reads (Vault's): a plain-HTTP listener on
/// a free port, SQLite in <see cref="DataDirectory"/> or Redis, and free silo/gateway ports. Restarting a node means
/// starting a process on the same config again.
/// </summary>
public sealed record ServerConfig
{
    /// <summary>Folder of this node: its config file, its log files and (SQLite) its database.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>host:port of the Redis every node of the cluster shares; null for SQLite in <see cref="DataDirectory"/>.</summary>
    public string? RedisAddress { get; init; }

    public int HttpPort { get; init; } = FreePort.Next();

    public int SiloPort { get; init; } = FreePort.Next();

    public int GatewayPort { get; init; } = FreePort.Next();

    /// <summary>Nodes of one cluster share it; distinct clusters on one Redis must not.</summary>
    public string ClusterId { get; init; } = "e2e-" + Guid.NewGuid().ToString("N")[..12];

    public string LogLevel { get; init; } = "info";

    public string SqliteDirectory => Path.Combine(DataDirectory, "storage");

    public Uri Address => new($"http://127.0.0.1:{HttpPort}");

    /// <summary>A SQLite node in a fresh temporary folder.</summary>
    public static ServerConfig Sqlite() => new() { DataDirectory = NewDataDirectory() };

    /// <summary>A node on the given Redis, with its own folder for config and logs.</summary>
    public static ServerConfig Redis(string redisAddress, string clusterId) =>
        new() { DataDirectory = NewDataDirectory(), RedisAddress = redisAddress, ClusterId = clusterId };

    public string ToHcl()
    {
        var storage = RedisAddress is null
            ? $$"""storage "sqlite" { path = "{{SqliteDirectory}}" }"""
            : $$"""storage "redis" { address = "{{RedisAddress}}" }""";
        return $$"""
            listener "tcp" {
              address     = "127.0.0.1:{{HttpPort}}"
              tls_disable = true
            }

            {{storage}}

            cluster {
              silo_port    = {{SiloPort}}
              gateway_port = {{GatewayPort}}
              advertise    = "127.0.0.1"
              cluster_id   = "{{ClusterId}}"
            }

            log_level = "{{LogLevel}}"

            """;
    }

    /// <summary>Writes the config file into <see cref="DataDirectory"/> and returns its path.</summary>
    public string Write()
    {
        Directory.CreateDirectory(DataDirectory);
        var path = Path.Combine(DataDirectory, "server.hcl");
        File.WriteAllText(path, ToHcl());
        return path;
    }

    private static string NewDataDirectory() => Directory.CreateTempSubdirectory("platform-e2e-").FullName;
}
