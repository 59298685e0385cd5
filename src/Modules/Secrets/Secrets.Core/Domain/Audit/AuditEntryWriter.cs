using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Secrets.Domain.Audit;

/// <summary>
/// Writes one <see cref="AuditRecord"/> as a line of Vault's JSON audit format, hashing on the way every string that
/// could be secret: client tokens, accessors (unless the device turned <c>hmac_accessor</c> off), metadata values and
/// every string leaf of request and response data, however deeply nested. Policies, paths, operations, ids, display
/// names, addresses and error texts stay readable, as in Vault. Hashing happens while writing, so the clear values
/// never exist in a serialized form.
/// </summary>
public static class AuditEntryWriter
{
    public static byte[] ToJsonLine(AuditRecord record, AuditHmac hmac, bool hashAccessor)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", record.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("type", record.Type);
            if (record.Auth is { } auth)
            {
                json.WritePropertyName("auth");
                WriteAuth(json, auth, hmac, hashAccessor);
            }

            json.WritePropertyName("request");
            WriteRequest(json, record.Request, hmac, hashAccessor);
            if (record.Response is { } response)
            {
                json.WritePropertyName("response");
                json.WriteStartObject();
                if (response.Auth is { } issued)
                {
                    json.WritePropertyName("auth");
                    WriteAuth(json, issued, hmac, hashAccessor);
                }

                json.WritePropertyName("data");
                WriteHashed(json, response.Data, hmac);
                json.WriteEndObject();
            }

            json.WriteString("error", record.Error);
            json.WriteEndObject();
        }

        var line = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(line);
        line[^1] = (byte)'\n';
        return line;
    }

    private static void WriteAuth(Utf8JsonWriter json, AuditAuth auth, AuditHmac hmac, bool hashAccessor)
    {
        json.WriteStartObject();
        WriteSecret(json, "client_token", auth.ClientToken, hmac);
        json.WriteString("accessor", Accessor(auth.Accessor, hmac, hashAccessor));
        json.WriteString("display_name", auth.DisplayName);
        json.WritePropertyName("policies");
        WritePolicies(json, auth.Policies);
        json.WritePropertyName("token_policies");
        WritePolicies(json, auth.Policies);
        json.WritePropertyName("metadata");
        if (auth.Metadata.Count == 0)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStartObject();
            foreach (var (key, value) in auth.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteString(key, hmac.Hash(value));
            }

            json.WriteEndObject();
        }

        json.WriteString("token_type", "service");
        json.WriteEndObject();
    }

    private static void WriteRequest(Utf8JsonWriter json, AuditRequest request, AuditHmac hmac, bool hashAccessor)
    {
        json.WriteStartObject();
        json.WriteString("id", request.Id);
        json.WriteString("operation", request.Operation);
        WriteSecret(json, "client_token", request.ClientToken, hmac);
        json.WriteString("client_token_accessor", request.ClientTokenAccessor is { Length: > 0 } accessor ? Accessor(accessor, hmac, hashAccessor) : "");
        json.WritePropertyName("namespace");
        json.WriteStartObject();
        json.WriteString("id", "root");
        json.WriteEndObject();
        json.WriteString("path", request.Path);
        json.WritePropertyName("data");
        WriteHashed(json, request.Data, hmac);
        json.WriteString("remote_address", request.RemoteAddress);
        json.WriteEndObject();
    }

    private static void WriteSecret(Utf8JsonWriter json, string name, string? value, AuditHmac hmac) =>
        json.WriteString(name, string.IsNullOrEmpty(value) ? "" : hmac.Hash(value));

    private static string Accessor(string accessor, AuditHmac hmac, bool hashAccessor) =>
        accessor.Length == 0 ? "" : hashAccessor ? hmac.Hash(accessor) : accessor;

    private static void WritePolicies(Utf8JsonWriter json, IReadOnlyList<string> policies)
    {
        json.WriteStartArray();
        foreach (var policy in policies)
        {
            json.WriteStringValue(policy);
        }

        json.WriteEndArray();
    }

    /// <summary>Copies a JSON tree with every string leaf replaced by its hash; keys, numbers, booleans and nulls are kept.</summary>
    private static void WriteHashed(Utf8JsonWriter json, JsonNode? node, AuditHmac hmac)
    {
        switch (node)
        {
            case null:
                json.WriteNullValue();
                break;
            case JsonObject obj:
                json.WriteStartObject();
                foreach (var (key, value) in obj)
                {
                    json.WritePropertyName(key);
                    WriteHashed(json, value, hmac);
                }

                json.WriteEndObject();
                break;
            case JsonArray array:
                json.WriteStartArray();
                foreach (var item in array)
                {
                    WriteHashed(json, item, hmac);
                }

                json.WriteEndArray();
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                json.WriteStringValue(hmac.Hash(value.TryGetValue<string>(out var text) ? text : JsonSerializer.Deserialize<string>(value.ToJsonString())!));
                break;
            default:
                node.WriteTo(json);
                break;
        }
    }
}
