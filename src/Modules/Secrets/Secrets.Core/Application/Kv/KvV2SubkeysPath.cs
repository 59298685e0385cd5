using System.Text.Json.Nodes;
using Platform.Kernel.Errors;
using Platform.Kernel.Http;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Contracts.Logical;
using Platform.Secrets.Domain.Kv;
using Platform.Secrets.Grains.Kv;

namespace Platform.Secrets.Application.Kv;

/// <summary>
/// <c>GET subkeys/PATH?version=N&amp;depth=D</c>: a version's keys with every value replaced by null, so a client
/// can see a secret's shape with only read on <c>subkeys/</c> (a policy may grant it without <c>data/</c>). Answers
/// like a data read: 404 <c>{"errors":[]}</c> when the secret or version does not exist, 404 with
/// <c>subkeys: null</c> and the version's metadata when it is deleted or destroyed.
/// </summary>
internal sealed class KvV2SubkeysPath(IGrainFactory grains)
{
    public async Task<LogicalResponse> HandleAsync(LogicalCall call, string path)
    {
        if (call.Operation != LogicalOperation.Read)
        {
            return LogicalResponse.Unsupported;
        }

        KvKeyPath.Parse(path);
        // Vault reads only a version above 0; 0 or less is the current one. Depth 0 is no limit.
        var version = KvRequestFields.Int(call.Data, "version");
        var depth = KvRequestFields.Int(call.Data, "depth") ?? 0;
        var secret = grains.GetGrain<IKvV2SecretGrain>(KvGrainKey.Of(call.Mount.Uuid, path));
        var read = await secret.ReadAsync(version is > 0 ? version : null) ?? throw new NotFoundException("");
        var subkeys = read.Data is null ? null : KvSubkeys.Of(JsonNode.Parse(read.Data)!.AsObject(), depth);
        var body = new JsonObject
        {
            ["metadata"] = KvV2Shapes.VersionMetadata(read),
            ["subkeys"] = GoJsonKeyOrder.Sorted(subkeys),
        };
        return new LogicalResponse(body) { StatusCode = read.Data is null ? 404 : 200 };
    }
}
