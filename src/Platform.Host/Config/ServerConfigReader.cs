using Platform.Hcl.Decoding;
using Platform.Hcl.Diagnostics;
using Platform.Host.Server;
using Platform.Kernel.Storage;

namespace Platform.Host.Config;

/// <summary>
/// Decodes <c>platform server -config FILE</c>: HCL, or HCL's JSON syntax when the name ends in <c>.json</c>, shaped
/// like Vault's server configuration. Every problem is a diagnostic with its position (unknown blocks and arguments
/// with a did-you-mean), and reading carries on so one run reports them all; settings come back only when there is
/// no error. <c>-http-addr</c> is applied by the caller, after reading.
/// </summary>
internal static class ServerConfigReader
{
    public static readonly IReadOnlyList<string> LogLevels = ["trace", "debug", "info", "warn", "error"];

    public static readonly IReadOnlyList<string> LogFormats = ["text", "json"];

    private static readonly BodySchema Schema = new(
        [new("ui"), new("log_level"), new("log_format"), new("max_request_size")],
        [new("listener", ["type"]), new("storage", ["type"]), new("cluster")]);

    public static (ServerSettings? Settings, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, string filename)
    {
        var parsed = ConfigBodyParser.Parse(text, filename);
        var diagnostics = parsed.Diagnostics.ToList();
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return (null, diagnostics);
        }

        var (content, contentDiagnostics) = parsed.Value.Content(Schema);
        diagnostics.AddRange(contentDiagnostics);

        var listener = Single(content, "listener", diagnostics) is { } listenerBlock ? ListenerSection.Read(listenerBlock, diagnostics) : null;
        StorageSettings? storage = null;
        if (Single(content, "storage", diagnostics) is { } storageBlock)
        {
            storage = StorageSection.Read(storageBlock, diagnostics);
        }
        else if (!content.Blocks.Any(b => b.Type == "storage"))
        {
            diagnostics.Add(Diagnostic.Error(
                "Missing storage block",
                "A storage block is required: storage \"sqlite\" { path = \"/var/lib/platform\" } for one node, or storage \"redis\" { address = \"127.0.0.1:6379\" } for a cluster.",
                content.MissingItemRange));
        }

        var cluster = Single(content, "cluster", diagnostics) is { } clusterBlock ? ClusterSection.Read(clusterBlock, diagnostics) : new ClusterSettings();

        var attributes = content.Attributes;
        var settings = new ServerSettings
        {
            HttpEndpoint = listener?.Endpoint ?? ServerSettings.ParseEndpoint(ServerSettings.DefaultHttpAddress),
            Tls = listener?.Tls,
            Storage = storage ?? new StorageSettings { Kind = StorageKind.Sqlite },
            Cluster = cluster,
        };
        if (attributes.TryGetValue("ui", out var ui) && ConfigValueReader.Bool(ui, diagnostics) is { } uiEnabled)
        {
            settings = settings with { Ui = uiEnabled };
        }

        if (attributes.TryGetValue("log_level", out var level) && ConfigValueReader.OneOf(level, LogLevels, diagnostics) is { } logLevel)
        {
            settings = settings with { LogLevel = logLevel };
        }

        if (attributes.TryGetValue("log_format", out var format) && ConfigValueReader.OneOf(format, LogFormats, diagnostics) is { } logFormat)
        {
            settings = settings with { LogFormat = logFormat };
        }

        var topLevelSize = attributes.TryGetValue("max_request_size", out var size) ? ConfigValueReader.Long(size, diagnostics) : null;
        if ((listener?.MaxRequestSize ?? topLevelSize) is { } maxRequestSize)
        {
            settings = settings with { MaxRequestBodyBytes = RequestSizeLimit(maxRequestSize) };
        }

        return diagnostics.Any(d => d.Severity == Severity.Error) ? (null, diagnostics) : (settings, diagnostics);
    }

    /// <summary>Vault's rule: 0 means the default (32 MiB), a negative number means no limit.</summary>
    private static long? RequestSizeLimit(long configured) => configured switch
    {
        0 => ServerSettings.DefaultMaxRequestBodyBytes,
        < 0 => null,
        _ => configured,
    };

    /// <summary>The one block of a type, or null when absent; a second one is an error pointing at it.</summary>
    private static HclBlockItem? Single(BodyContent content, string type, List<Diagnostic> diagnostics)
    {
        var blocks = content.Blocks.Where(b => b.Type == type).ToList();
        foreach (var duplicate in blocks.Skip(1))
        {
            diagnostics.Add(Diagnostic.Error(
                $"Duplicate {type} block",
                $"Only one {type} block is allowed; the first is at {blocks[0].DefRange}.",
                duplicate.DefRange));
        }

        return blocks.FirstOrDefault();
    }
}
