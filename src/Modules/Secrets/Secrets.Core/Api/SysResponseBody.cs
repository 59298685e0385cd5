using Platform.Kernel.Auth;

namespace Platform.Secrets.Api;

/// <summary>
/// Vault answers several old <c>sys/</c> routes (<c>sys/policy</c>, <c>sys/capabilities-self</c>) with the data
/// fields both inside the envelope's <c>data</c> and at the top level, and clients of each era read one or the
/// other (hvac 0.11 reads <c>data</c>, older scripts and node-vault users read the top level).
/// </summary>
internal static class SysResponseBody
{
    public static Dictionary<string, object?> WithTopLevelData(CallContext context, IReadOnlyDictionary<string, object?> data)
    {
        var body = new Dictionary<string, object?>(data, StringComparer.Ordinal)
        {
            ["request_id"] = context.RequestId,
            ["lease_id"] = "",
            ["renewable"] = false,
            ["lease_duration"] = 0,
            ["data"] = data,
            ["wrap_info"] = null,
            ["warnings"] = null,
            ["auth"] = null,
        };
        return body;
    }
}
