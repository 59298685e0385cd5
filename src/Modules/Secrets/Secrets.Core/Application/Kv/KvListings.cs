using System.Text.Json.Nodes;
using Platform.Kernel.Errors;
using Platform.Secrets.Contracts.Logical;
using Platform.Secrets.Grains.Kv;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Kv;

/// <summary>LIST of a KV folder: <c>{"keys": [...]}</c>, folders as <c>name/</c>, 404 when the folder is empty.</summary>
internal static class KvListings
{
    public static async Task<LogicalResponse> ListAsync(IGrainFactory grains, MountEntry mount, string folder)
    {
        if (folder.Length > 0 && !folder.EndsWith('/'))
        {
            folder += "/";
        }

        var keys = await grains.GetGrain<IKvFolderGrain>(KvGrainKey.Of(mount.Uuid, folder)).ListAsync();
        if (keys.Count == 0)
        {
            throw new NotFoundException("");
        }

        return new LogicalResponse(new JsonObject { ["keys"] = new JsonArray(keys.Select(k => (JsonNode)k).ToArray()) });
    }
}
