using System.Net;
using Platform.Kernel.Storage;

namespace Platform.Host.Server;

/// <summary>Everything <c>platform server</c> needs to start, resolved from flags and the configuration file.</summary>
internal sealed record ServerSettings
{
    public const string DefaultHttpAddress = "127.0.0.1:4646";

    /// <summary>Vault's default max_request_size, 32 MiB.</summary>
    public const long DefaultMaxRequestBodyBytes = 32 * 1024 * 1024;

    public required IPEndPoint HttpEndpoint { get; init; }

    /// <summary>Null: plain HTTP (<c>tls_disable = true</c>, and always in dev mode).</summary>
    public ListenerTls? Tls { get; init; }

    public required StorageSettings Storage { get; init; }

    public ClusterSettings Cluster { get; init; } = new();

    public bool DevMode { get; init; }

    /// <summary>Dev mode: the root token to create instead of a random one.</summary>
    public string? DevRootTokenId { get; init; }

    public bool Ui { get; init; }

    public string LogLevel { get; init; } = "info";

    /// <summary><c>text</c> or <c>json</c>.</summary>
    public string LogFormat { get; init; } = "text";

    /// <summary>Largest request body accepted, larger ones get 413; null means no limit (a negative max_request_size).</summary>
    public long? MaxRequestBodyBytes { get; init; } = DefaultMaxRequestBodyBytes;

    /// <summary>Where the server's log lines go (Serilog); null is the console. Tests capture it to scan for secrets.</summary>
    public TextWriter? LogOutput { get; init; }

    /// <summary>Where dev mode prints its banner (address, unseal key, root token); null is standard output.</summary>
    public TextWriter? BannerOutput { get; init; }

    /// <summary><c>host:port</c> with an IP address, or <c>localhost:port</c> (the IPv4 loopback).</summary>
    public static IPEndPoint ParseEndpoint(string address)
    {
        var numeric = address.StartsWith("localhost:", StringComparison.OrdinalIgnoreCase)
            ? "127.0.0.1" + address["localhost".Length..]
            : address;
        if (!IPEndPoint.TryParse(numeric, out var endpoint) || endpoint.Port == 0 || !numeric.Contains(':'))
        {
            throw new FormatException($"'{address}' is not an address of the form host:port (for example {DefaultHttpAddress}).");
        }

        return endpoint;
    }
}
