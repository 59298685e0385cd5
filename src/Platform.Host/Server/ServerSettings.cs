using System.Net;
using Platform.Kernel.Storage;

namespace Platform.Host.Server;

/// <summary>Everything <c>platform server</c> needs to start, resolved from flags and the configuration file.</summary>
internal sealed record ServerSettings
{
    public const string DefaultHttpAddress = "127.0.0.1:4646";

    public required IPEndPoint HttpEndpoint { get; init; }

    public required StorageSettings Storage { get; init; }

    public ClusterSettings Cluster { get; init; } = new();

    public bool DevMode { get; init; }

    /// <summary>Dev mode: the root token to create instead of a random one.</summary>
    public string? DevRootTokenId { get; init; }

    public bool Ui { get; init; }

    public string LogLevel { get; init; } = "info";

    /// <summary><c>text</c> or <c>json</c>.</summary>
    public string LogFormat { get; init; } = "text";

    /// <summary>Largest request body accepted; larger ones get 413 (Vault's default max_request_size, 32 MiB).</summary>
    public long MaxRequestBodyBytes { get; init; } = 32 * 1024 * 1024;

    public static IPEndPoint ParseEndpoint(string address)
    {
        if (!IPEndPoint.TryParse(address, out var endpoint) || endpoint.Port == 0)
        {
            throw new FormatException($"'{address}' is not an address of the form host:port (for example {DefaultHttpAddress}).");
        }

        return endpoint;
    }
}
