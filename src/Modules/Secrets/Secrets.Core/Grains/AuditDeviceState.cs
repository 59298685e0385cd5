namespace Platform.Secrets.Grains;

/// <summary>
/// One enabled audit device as persisted (behind the barrier: the salt is what makes the log's hashes unguessable).
/// </summary>
[GenerateSerializer, Alias("Platform.Secrets.Grains.AuditDeviceState")]
public sealed class AuditDeviceState
{
    /// <summary>Normalised, with a trailing slash (<c>file/</c>).</summary>
    [Id(0)]
    public string Path { get; set; } = "";

    [Id(1)]
    public string Type { get; set; } = "";

    [Id(2)]
    public string Description { get; set; } = "";

    /// <summary>The options as given (file_path, hmac_accessor, mode…), echoed by <c>GET sys/audit</c>.</summary>
    [Id(3)]
    public Dictionary<string, string> Options { get; set; } = new(StringComparer.Ordinal);

    [Id(4)]
    public byte[] Salt { get; set; } = [];

    [Id(5)]
    public bool Local { get; set; }
}
