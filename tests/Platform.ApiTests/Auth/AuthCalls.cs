using System.Text.Json.Nodes;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Auth;

/// <summary>Auth-method calls as the tests make them.</summary>
internal static class AuthCalls
{
    public static Task EnableAuthAsync(this HttpClient root, string path, string type, object? config = null) =>
        root.ExpectAsync(204, "POST", "sys/auth/" + path, config is null ? new { type } : new { type, config });

    /// <summary>Logs in (no token needed) and returns Vault's <c>auth</c> block.</summary>
    public static async Task<JsonObject> LoginAsync(this HttpClient anyone, string mount, string user, string password)
    {
        var body = await anyone.ExpectAsync(200, "POST", $"auth/{mount}/login/{user}", new { password });
        return body!["auth"]!.AsObject();
    }

    public static string Token(this JsonObject auth) => auth["client_token"]!.GetValue<string>();

    public static IReadOnlyList<string> Strings(this JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToList();
}
