using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Kernel.Http;

/// <summary>
/// Reads a Vault list field as a JSON array of strings or a comma-separated string (see <see cref="VaultStringList"/>).
/// Put it on an <c>IReadOnlyList&lt;string&gt;?</c> body property with
/// <c>[JsonConverter(typeof(VaultStringListJsonConverter))]</c>.
/// </summary>
public sealed class VaultStringListJsonConverter : JsonConverter<IReadOnlyList<string>?>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return VaultStringList.Parse(reader.GetString());
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw new JsonException("a list must hold strings only");
                    }

                    var item = reader.GetString()!.Trim();
                    if (item.Length > 0)
                    {
                        items.Add(item);
                    }
                }

                return items;
            default:
                throw new JsonException("a list must be a JSON array of strings or a comma-separated string");
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string>? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
