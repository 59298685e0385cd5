using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Kernel.Errors;
using Platform.Kernel.Http;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Contracts.Logical;
using Platform.Secrets.Domain.Kv;
using Platform.Secrets.Grains.Kv;

namespace Platform.Secrets.Application.Kv;

/// <summary>
/// <c>data/PATH</c>: read a version (<c>?version=N</c>), write one (<c>{"data": {...}, "options": {"cas": N}}</c>),
/// patch the current one (JSON merge patch), soft-delete the current one (DELETE). A read of a secret whose grain is
/// active on this node is answered from the snapshot it published (<see cref="LocalKvSecrets"/>), with no grain call,
/// and with the answer encoded the first time that snapshot served it.
/// </summary>
internal sealed class KvV2DataPath(IGrainFactory grains, LocalKvSecrets local, TimeProvider time)
{
    // Each answer a snapshot serves, encoded on its first read. A snapshot answers every read of a version with the
    // same instance, so an entry lives exactly as long as the snapshot that gave it (the table holds it weakly).
    private readonly ConditionalWeakTable<KvVersionRead, EncodedJson> _snapshotAnswers = new();

    public async Task<LogicalResponse> HandleAsync(LogicalCall call, string path)
    {
        switch (call.Operation)
        {
            case LogicalOperation.Read:
                return await ReadAsync(call, path);
            case LogicalOperation.Create or LogicalOperation.Update:
            {
                var (data, cas) = WriteBody(call.Data);
                var config = await KvV2ConfigPath.ConfigOf(grains, call.Mount);
                return Written(await Secret(call, path).WriteAsync(data, cas, config));
            }

            case LogicalOperation.Patch:
            {
                var (patch, cas) = WriteBody(call.Data);
                var secret = Secret(call, path);
                // Vault's pathDataPatch: nothing to patch is a bare 404 (no body); a deleted or destroyed current version
                // is a 404 whose data is that version's metadata. A change between this look and the patch still ends
                // in the grain's 404.
                var current = await secret.ReadAsync(null);
                if (current is null)
                {
                    return LogicalResponse.Status(404);
                }

                if (current.Data is null)
                {
                    return new LogicalResponse(KvV2Shapes.VersionMetadata(current)) { StatusCode = 404 };
                }

                var config = await KvV2ConfigPath.ConfigOf(grains, call.Mount);
                return Written(await secret.PatchAsync(patch, cas, config));
            }

            case LogicalOperation.Delete:
                await Secret(call, path).DeleteVersionsAsync(null);
                return LogicalResponse.Empty;
            default:
                return LogicalResponse.Unsupported;
        }
    }

    private async Task<LogicalResponse> ReadAsync(LogicalCall call, string path)
    {
        KvKeyPath.Parse(path);
        var version = KvRequestFields.Int(call.Data, "version");
        if (version is < 0)
        {
            throw new ValidationException("invalid value for \"version\": expected a version number of 0 or more");
        }

        var key = KvGrainKey.Of(call.Mount.Uuid, path);
        KvVersionRead read;
        EncodedJson body;
        if (local.Find(key) is { } snapshot)
        {
            read = snapshot.Read(version, time.GetUtcNow()) ?? throw new NotFoundException("");
            body = _snapshotAnswers.GetValue(read, Encode);
        }
        else
        {
            read = await grains.GetGrain<IKvV2SecretGrain>(key).ReadAsync(version) ?? throw new NotFoundException("");
            body = Encode(read);
        }

        // A deleted or destroyed version: Vault answers 404 with the metadata so clients can tell why.
        return new LogicalResponse(Data: null) { EncodedData = body, StatusCode = read.Data is null ? 404 : 200 };
    }

    /// <summary><c>{"data": …, "metadata": …}</c>; the data is the stored JSON as it is (stored in Vault's key order).</summary>
    private static EncodedJson Encode(KvVersionRead read)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + (read.Data?.Length ?? 0));
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WritePropertyName("data");
            if (read.Data is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteRawValue(read.Data, skipInputValidation: true);
            }

            json.WritePropertyName("metadata");
            KvV2Shapes.VersionMetadata(read).WriteTo(json);
            json.WriteEndObject();
        }

        return new EncodedJson(buffer.WrittenSpan.ToArray());
    }

    private static (byte[] Data, int? Cas) WriteBody(JsonObject body)
    {
        var data = body["data"] switch
        {
            null => throw new ValidationException("no data provided"),
            JsonObject map => map,
            _ => throw new ValidationException("invalid value for \"data\": expected a JSON object"),
        };
        var options = body["options"] switch
        {
            null => new JsonObject(),
            JsonObject map => map,
            _ => throw new ValidationException("invalid value for \"options\": expected a JSON object"),
        };
        var cas = KvRequestFields.Int(options, "cas");
        if (cas is < 0)
        {
            throw new ValidationException("invalid value for \"cas\": expected a version number of 0 or more");
        }

        // Stored with Vault's key order so every read answers it without sorting again.
        return (JsonSerializer.SerializeToUtf8Bytes(GoJsonKeyOrder.Sorted(data)), cas);
    }

    private static LogicalResponse Written(KvVersionRead read) => new(KvV2Shapes.VersionMetadata(read));

    private IKvV2SecretGrain Secret(LogicalCall call, string path)
    {
        KvKeyPath.Parse(path);
        return grains.GetGrain<IKvV2SecretGrain>(KvGrainKey.Of(call.Mount.Uuid, path));
    }
}
