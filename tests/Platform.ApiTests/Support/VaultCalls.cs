using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Platform.ApiTests.Support;

/// <summary>Vault calls as tests make them: any verb (LIST included), a JSON body or none, status and parsed body back.</summary>
internal static class VaultCalls
{
    public static async Task<(int Status, JsonObject? Body)> SendAsync(this HttpClient client, string method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "/v1/" + path)
        {
            Content = body switch
            {
                null => null,
                string raw => new StringContent(raw, Encoding.UTF8, "application/json"),
                _ => JsonContent.Create(body),
            },
        };
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>Sends and asserts the status, naming the call and the body when it differs.</summary>
    public static async Task<JsonObject?> ExpectAsync(this HttpClient client, int status, string method, string path, object? body = null)
    {
        var (actual, json) = await client.SendAsync(method, path, body);
        Assert.True(actual == status, $"{method} {path} answered {actual}, expected {status}: {json?.ToJsonString()}");
        return json;
    }

    /// <summary>Writes a policy with the root client and returns a token carrying only it.</summary>
    public static async Task<string> TokenWithPolicyAsync(this HttpClient root, string name, string hcl)
    {
        await root.ExpectAsync(204, "PUT", "sys/policy/" + name, new { policy = hcl });
        var created = await root.ExpectAsync(200, "POST", "auth/token/create", new { policies = new[] { name }, no_default_policy = true });
        return created!["auth"]!["client_token"]!.GetValue<string>();
    }

    /// <summary>A PATCH as Vault's clients send it (JSON merge patch): status and the raw body text.</summary>
    public static async Task<(int Status, string Text)> MergePatchAsync(this HttpClient client, string path, string json, string contentType = "application/merge-patch+json")
    {
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, "/v1/" + path)
        {
            Content = new StringContent(json, Encoding.UTF8, contentType),
        });
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static string FirstError(this JsonObject? body) => body?["errors"]?[0]?.GetValue<string>() ?? "";
}
