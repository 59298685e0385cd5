using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Kernel.Http;

/// <summary>
/// A JSON value already encoded as UTF-8, written into a response as it is: an answer built once and served many
/// times (a KV v2 read answers from its secret's snapshot) is not rebuilt and re-encoded per request. The bytes must
/// be one complete JSON value; they are not checked again when written.
/// </summary>
[JsonConverter(typeof(EncodedJsonConverter))]
public sealed class EncodedJson(byte[] utf8)
{
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    private sealed class EncodedJsonConverter : JsonConverter<EncodedJson>
    {
        public override EncodedJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("encoded JSON is only written");

        public override void Write(Utf8JsonWriter writer, EncodedJson value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Utf8.Span, skipInputValidation: true);
    }
}
