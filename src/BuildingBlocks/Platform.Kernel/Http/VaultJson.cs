using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Kernel.Http;

/// <summary>
/// JSON as Vault's clients send and expect it: snake_case names, numbers also accepted as strings (hvac sends
/// <c>"secret_shares": "5"</c> in places), unknown fields ignored, and nulls in the envelope kept.
/// </summary>
public static class VaultJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            MaxDepth = 64,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
