namespace Platform.Kernel.Storage;

/// <summary>The <c>cluster</c> block of the server configuration: this node's Orleans endpoints.</summary>
public sealed record ClusterSettings
{
    public int SiloPort { get; init; } = 11111;

    /// <summary>0 disables the gateway (a single node needs no external Orleans clients).</summary>
    public int GatewayPort { get; init; } = 30000;

    /// <summary>Address other nodes reach this one at; null lets Orleans pick this host's address.</summary>
    public string? AdvertiseAddress { get; init; }

    public string ClusterId { get; init; } = "platform";
}
