using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Kernel.Http;

/// <summary>
/// Reads a Vault duration field (<c>ttl</c>, <c>period</c>, <c>increment</c>…) from JSON: a number of seconds or a
/// string in any form <see cref="VaultDuration"/> accepts. Put it on a <c>TimeSpan?</c> body property with
/// <c>[JsonConverter(typeof(VaultDurationJsonConverter))]</c>; a bad value becomes the body's 400.
/// </summary>
public sealed class VaultDurationJsonConverter : JsonConverter<TimeSpan?>
{
    public override TimeSpan? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                // Vault truncates fractional seconds.
                var seconds = reader.GetDouble();
                return Math.Abs(seconds) <= TimeSpan.MaxValue.TotalSeconds
                    ? TimeSpan.FromSeconds(Math.Truncate(seconds))
                    : throw new JsonException($"duration {seconds} is too large");
            case JsonTokenType.String:
                return VaultDuration.TryParse(reader.GetString(), out var duration, out var error) ? duration : throw new JsonException(error);
            default:
                throw new JsonException("a duration must be a number of seconds or a string such as \"1h30m\"");
        }
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan? value, JsonSerializerOptions options)
    {
        if (value is { } duration)
        {
            writer.WriteNumberValue((long)duration.TotalSeconds);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
