using System.Net;
using Platform.Hcl.Diagnostics;
using Platform.Host.Config;
using Platform.Kernel.Storage;

namespace Platform.Host.Tests.Config;

public sealed class ServerConfigReaderTests
{
    private const string FullConfig = """
        ui         = true
        log_level  = "debug"
        log_format = "json"

        listener "tcp" {
          address          = "0.0.0.0:8200"
          tls_disable      = true
          max_request_size = 1024
        }

        storage "redis" {
          address = "10.0.0.7:6379"
        }

        cluster {
          silo_port    = 11112
          gateway_port = 0
          advertise    = "10.0.0.5"
          cluster_id   = "prod"
        }
        """;

    [Fact]
    public void Read_FullHclConfig_FillsEverySetting()
    {
        var (settings, diagnostics) = ServerConfigReader.Read(FullConfig, "server.hcl");

        Assert.Empty(diagnostics);
        Assert.NotNull(settings);
        Assert.Equal(new IPEndPoint(IPAddress.Any, 8200), settings.HttpEndpoint);
        Assert.Null(settings.Tls);
        Assert.Equal(new StorageSettings { Kind = StorageKind.Redis, RedisAddress = "10.0.0.7:6379" }, settings.Storage);
        Assert.Equal(new ClusterSettings { SiloPort = 11112, GatewayPort = 0, AdvertiseAddress = "10.0.0.5", ClusterId = "prod" }, settings.Cluster);
        Assert.True(settings.Ui);
        Assert.Equal("debug", settings.LogLevel);
        Assert.Equal("json", settings.LogFormat);
        Assert.Equal(1024, settings.MaxRequestBodyBytes);
        Assert.False(settings.DevMode);
    }

    [Fact]
    public void Read_SameConfigAsJson_FillsTheSameSettings()
    {
        const string json = """
            {
              "ui": true, "log_level": "debug", "log_format": "json",
              "listener": { "tcp": { "address": "0.0.0.0:8200", "tls_disable": true, "max_request_size": 1024 } },
              "storage": { "redis": { "address": "10.0.0.7:6379" } },
              "cluster": { "silo_port": 11112, "gateway_port": 0, "advertise": "10.0.0.5", "cluster_id": "prod" }
            }
            """;

        var (fromJson, diagnostics) = ServerConfigReader.Read(json, "server.json");
        var (fromHcl, _) = ServerConfigReader.Read(FullConfig, "server.hcl");

        Assert.Empty(diagnostics);
        Assert.Equal(fromHcl, fromJson);
    }

    [Fact]
    public void Read_MinimalSqliteConfig_UsesDefaultsAndADatabaseInThePathFolder()
    {
        var (settings, diagnostics) = ServerConfigReader.Read("storage \"sqlite\" {\n  path = \"/var/lib/platform\"\n}\n", "server.hcl");

        Assert.Empty(diagnostics);
        Assert.NotNull(settings);
        Assert.Equal("/var/lib/platform/platform.db", settings.Storage.SqlitePath);
        Assert.Equal(StorageKind.Sqlite, settings.Storage.Kind);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 4646), settings.HttpEndpoint);
        Assert.Equal(new ClusterSettings(), settings.Cluster);
        Assert.Equal("info", settings.LogLevel);
        Assert.Equal("text", settings.LogFormat);
        Assert.Equal(32 * 1024 * 1024, settings.MaxRequestBodyBytes);
    }

    [Fact]
    public void Read_StringsWhereNumbersAndBoolsAreExpected_ConvertAsVaultsHclDoes()
    {
        const string text = """
            listener "tcp" {
              address     = "localhost:8300"
              tls_disable = "true"
            }
            storage "sqlite" { path = "data" }
            cluster { silo_port = "12000" }
            """;

        var (settings, diagnostics) = ServerConfigReader.Read(text, "server.hcl");

        Assert.Empty(diagnostics);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 8300), settings!.HttpEndpoint);
        Assert.Equal(12000, settings.Cluster.SiloPort);
        Assert.Equal(Path.Combine(Path.GetFullPath("data"), "platform.db"), settings.Storage.SqlitePath);
    }

    [Theory]
    [InlineData(0, 32L * 1024 * 1024)]
    [InlineData(-1, null)]
    [InlineData(4096, 4096L)]
    public void Read_MaxRequestSize_FollowsVaultsZeroAndNegativeRules(long configured, long? expected)
    {
        var (settings, diagnostics) = ServerConfigReader.Read($"max_request_size = {configured}\nstorage \"sqlite\" {{ path = \"d\" }}\n", "server.hcl");

        Assert.Empty(diagnostics);
        Assert.Equal(expected, settings!.MaxRequestBodyBytes);
    }

    [Fact]
    public void Read_TlsListener_KeepsTheCertificateAndKeyPaths()
    {
        const string text = """
            listener "tcp" {
              address       = "127.0.0.1:8200"
              tls_cert_file = "/etc/platform/cert.pem"
              tls_key_file  = "/etc/platform/key.pem"
            }
            storage "sqlite" { path = "d" }
            """;

        var (settings, diagnostics) = ServerConfigReader.Read(text, "server.hcl");

        Assert.Empty(diagnostics);
        Assert.Equal(new Platform.Host.Server.ListenerTls("/etc/platform/cert.pem", "/etc/platform/key.pem"), settings!.Tls);
    }

    [Theory]
    // An unknown attribute at the top: HCL's wording, its position, and the closest known name.
    [InlineData("log_levl = \"info\"\nstorage \"sqlite\" { path = \"d\" }\n", "server.hcl:1,1-9", "Unsupported argument", "Did you mean \"log_level\"?")]
    // An unknown block type.
    [InlineData("storage \"sqlite\" { path = \"d\" }\nclustr {\n}\n", "server.hcl:2,1-7", "Unsupported block type", "Did you mean \"cluster\"?")]
    // An unknown attribute inside a block.
    [InlineData("storage \"sqlite\" { path = \"d\" }\ncluster {\n  silo_prt = 1\n}\n", "server.hcl:3,3-11", "Unsupported argument", "Did you mean \"silo_port\"?")]
    // An unknown storage type points at its label.
    [InlineData("storage \"sqlit\" { path = \"d\" }\n", "server.hcl:1,9-16", "Unsupported storage type", "Did you mean \"sqlite\"?")]
    // A listener that is not tcp.
    [InlineData("listener \"tpc\" { tls_disable = true }\nstorage \"sqlite\" { path = \"d\" }\n", "server.hcl:1,10-15", "Unsupported listener type", "Did you mean \"tcp\"?")]
    // A storage block without its required argument.
    [InlineData("storage \"sqlite\" {\n}\n", "server.hcl:1,18-", "Missing required argument", "\"path\" is required")]
    // No storage at all.
    [InlineData("ui = true\n", "server.hcl:", "Missing storage block", "storage \"sqlite\"")]
    // A second storage block points at the second one.
    [InlineData("storage \"sqlite\" { path = \"d\" }\nstorage \"redis\" { address = \"r:1\" }\n", "server.hcl:2,1-16", "Duplicate storage block", "the first is at server.hcl:1,1-17")]
    // Values that do not suit the setting point at the value.
    [InlineData("log_level = \"verbose\"\nstorage \"sqlite\" { path = \"d\" }\n", "server.hcl:1,13-22", "Invalid log_level", "trace, debug, info, warn, error")]
    [InlineData("log_format = \"jsn\"\nstorage \"sqlite\" { path = \"d\" }\n", "server.hcl:1,14-19", "Invalid log_format", "Did you mean \"json\"?")]
    [InlineData("ui = \"maybe\"\nstorage \"sqlite\" { path = \"d\" }\n", "server.hcl:1,6-13", "Unsuitable value type", "\"ui\"")]
    [InlineData("storage \"sqlite\" { path = \"d\" }\ncluster {\n  silo_port = 70000\n}\n", "server.hcl:3,15-20", "Invalid silo_port", "1 to 65535")]
    [InlineData("storage \"sqlite\" { path = \"d\" }\ncluster {\n  gateway_port = 1.5\n}\n", "server.hcl:3,18-21", "Unsuitable value type", "whole number")]
    [InlineData("listener \"tcp\" {\n  address = \"nowhere\"\n  tls_disable = true\n}\nstorage \"sqlite\" { path = \"d\" }\n", "server.hcl:2,13-22", "Invalid address", "host:port")]
    [InlineData("listener \"tcp\" {\n  address = \"127.0.0.1:8200\"\n}\nstorage \"sqlite\" { path = \"d\" }\n", "server.hcl:1,1-15", "TLS certificate required", "tls_disable = true")]
    [InlineData("storage \"sqlite\" { path = var.dir }\n", "server.hcl:1,27-30", "Variables not allowed", "")]
    public void Read_BadConfig_ReportsTheProblemAtItsPosition(string text, string where, string summary, string detail)
    {
        var (settings, diagnostics) = ServerConfigReader.Read(text, "server.hcl");

        Assert.Null(settings);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith(where, error.Subject.ToString());
        Assert.Equal(summary, error.Summary);
        Assert.Contains(detail, error.Detail);
    }

    [Fact]
    public void Read_SeveralMistakes_ReportsEveryOneInOneRun()
    {
        const string text = """
            log_level = "loud"
            storage "sqlite" { path = "d" }
            cluster {
              silo_port = 0
              advertize = "x"
            }
            """;

        var (settings, diagnostics) = ServerConfigReader.Read(text, "server.hcl");

        Assert.Null(settings);
        Assert.Equal(["Invalid log_level", "Invalid silo_port", "Unsupported argument"], diagnostics.Select(d => d.Summary).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_SyntaxError_ReportsTheParserDiagnostic()
    {
        var (settings, diagnostics) = ServerConfigReader.Read("storage \"sqlite\" {\n  path = \"d\"\n", "server.hcl");

        Assert.Null(settings);
        Assert.Contains(diagnostics, d => d.Summary == "Unclosed configuration block" && d.Subject!.Value.Filename == "server.hcl");
    }

    [Fact]
    public void Read_JsonUnknownProperty_SuggestsTheKnownName()
    {
        var (settings, diagnostics) = ServerConfigReader.Read("{\"storage\": {\"sqlite\": {\"path\": \"d\"}}, \"log_formt\": \"json\"}", "server.json");

        Assert.Null(settings);
        var error = Assert.Single(diagnostics);
        Assert.StartsWith("server.json:1,", error.Subject.ToString());
        Assert.Contains("Did you mean \"log_format\"?", error.Detail);
    }
}
