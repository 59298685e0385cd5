using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Platform.ApiTests.Tokens;

/// <summary>The token routes as a test calls them: Vault's bodies in, the parsed envelope out.</summary>
internal static class TokenApi
{
    public static async Task<JsonObject> CreateAsync(HttpClient client, object body, string path = "auth/token/create")
    {
        var response = await client.PostAsJsonAsync("/v1/" + path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!["auth"]!.AsObject();
    }

    public static async Task<string> CreateTokenAsync(HttpClient client, object body) =>
        (await CreateAsync(client, body))["client_token"]!.GetValue<string>();

    public static async Task<(int Status, JsonObject Body)> LookupSelfAsync(HttpClient client)
    {
        var response = await client.GetAsync("/v1/auth/token/lookup-self");
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary><c>auth/token/lookup</c> of another token by the caller.</summary>
    public static async Task<(int Status, JsonObject Body)> LookupAsync(HttpClient caller, string token)
    {
        var response = await caller.PostAsJsonAsync("/v1/auth/token/lookup", new { token });
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    public static async Task<int> PostAsync(HttpClient client, string path, object? body = null)
    {
        var response = body is null ? await client.PostAsync("/v1/" + path, null) : await client.PostAsJsonAsync("/v1/" + path, body);
        return (int)response.StatusCode;
    }
}
