using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Platform.Kernel.Http;

/// <summary>
/// Vault's response envelope. hvac and node-vault read <c>data</c> and <c>auth</c> from it; every field is always
/// present (nulls included), as Vault sends it.
/// </summary>
[JsonConverter(typeof(VaultEnvelopeConverter))]
public sealed record VaultEnvelope(
    string RequestId,
    string LeaseId,
    bool Renewable,
    long LeaseDuration,
    object? Data,
    object? WrapInfo,
    IReadOnlyList<string>? Warnings,
    object? Auth)
{
    public static VaultEnvelope ForData(string requestId, object? data) => new(requestId, "", false, 0, data, null, null, null);

    public static VaultEnvelope ForAuth(string requestId, object auth) => new(requestId, "", false, 0, null, null, null, auth);

    /// <summary>
    /// Writes the fields in Vault's order by hand: every Vault answer passes here, and the reflection-driven object
    /// converter cost more than the rest of serialising a small answer. The values are serialised by their runtime
    /// type as before.
    /// </summary>
    private sealed class VaultEnvelopeConverter : JsonConverter<VaultEnvelope>
    {
        public override VaultEnvelope Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("the envelope is only written");

        public override void Write(Utf8JsonWriter writer, VaultEnvelope value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("request_id", value.RequestId);
            writer.WriteString("lease_id", value.LeaseId);
            writer.WriteBoolean("renewable", value.Renewable);
            writer.WriteNumber("lease_duration", value.LeaseDuration);
            writer.WritePropertyName("data");
            WriteValue(writer, value.Data, options);
            writer.WritePropertyName("wrap_info");
            WriteValue(writer, value.WrapInfo, options);
            writer.WritePropertyName("warnings");
            if (value.Warnings is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStartArray();
                foreach (var warning in value.Warnings)
                {
                    writer.WriteStringValue(warning);
                }

                writer.WriteEndArray();
            }

            writer.WritePropertyName("auth");
            WriteValue(writer, value.Auth, options);
            writer.WriteEndObject();
        }

        private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
        {
            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case JsonNode node:
                    node.WriteTo(writer, options);
                    break;
                default:
                    JsonSerializer.Serialize(writer, value, value.GetType(), options);
                    break;
            }
        }
    }
}
