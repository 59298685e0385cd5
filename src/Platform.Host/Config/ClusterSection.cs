using Platform.Hcl.Decoding;
using Platform.Hcl.Diagnostics;
using Platform.Kernel.Storage;

namespace Platform.Host.Config;

/// <summary>
/// <c>cluster { silo_port = 11111  gateway_port = 30000  advertise = "10.0.0.5"  cluster_id = "platform" }</c>:
/// this node's Orleans endpoints. Every node of one cluster shares the storage and the cluster_id.
/// </summary>
internal static class ClusterSection
{
    private static readonly BodySchema Schema = new(
        [new("silo_port"), new("gateway_port"), new("advertise"), new("cluster_id")],
        []);

    public static ClusterSettings Read(HclBlockItem block, List<Diagnostic> diagnostics)
    {
        var (content, contentDiagnostics) = block.Body.Content(Schema);
        diagnostics.AddRange(contentDiagnostics);
        var attributes = content.Attributes;
        var cluster = new ClusterSettings();
        if (attributes.TryGetValue("silo_port", out var silo) && ConfigValueReader.Port(silo, zeroAllowed: false, diagnostics) is { } siloPort)
        {
            cluster = cluster with { SiloPort = siloPort };
        }

        if (attributes.TryGetValue("gateway_port", out var gateway) && ConfigValueReader.Port(gateway, zeroAllowed: true, diagnostics) is { } gatewayPort)
        {
            cluster = cluster with { GatewayPort = gatewayPort };
        }

        if (attributes.TryGetValue("advertise", out var advertise) && ConfigValueReader.String(advertise, diagnostics) is { } address)
        {
            if (string.IsNullOrWhiteSpace(address))
            {
                diagnostics.Add(ConfigValueReader.Invalid(advertise, "\"advertise\" must be an address other nodes can reach, or left out."));
            }
            else
            {
                cluster = cluster with { AdvertiseAddress = address };
            }
        }

        if (attributes.TryGetValue("cluster_id", out var id) && ConfigValueReader.String(id, diagnostics) is { } clusterId)
        {
            if (string.IsNullOrWhiteSpace(clusterId))
            {
                diagnostics.Add(ConfigValueReader.Invalid(id, "\"cluster_id\" must not be empty."));
            }
            else
            {
                cluster = cluster with { ClusterId = clusterId };
            }
        }

        return cluster;
    }
}
