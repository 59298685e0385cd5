using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Secrets.Domain.Tokens;

namespace Platform.ApiTests.Leases;

/// <summary>The lease routes as a test calls them, and the lease id Vault gives a token.</summary>
internal static class LeaseApi
{
    public static string TokenLeaseId(string token, string path = "auth/token/create") => path + "/" + TokenSecrets.Hash(token);

    public static async Task<(int Status, JsonObject? Body)> SendAsync(HttpClient client, string method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/v1/" + path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text)!.AsObject());
    }

    public static Task<(int Status, JsonObject? Body)> LookupAsync(HttpClient client, string leaseId) =>
        SendAsync(client, "PUT", "sys/leases/lookup", new { lease_id = leaseId });

    public static Task<(int Status, JsonObject? Body)> ListAsync(HttpClient client, string prefix) =>
        SendAsync(client, "LIST", "sys/leases/lookup/" + prefix);

    public static async Task<IReadOnlyList<string>> KeysAsync(HttpClient client, string prefix)
    {
        var (status, body) = await ListAsync(client, prefix);
        return status == 404 ? [] : [.. body!["data"]!["keys"]!.AsArray().Select(key => key!.GetValue<string>())];
    }

    public static string FirstError(JsonObject? body) => body!["errors"]![0]!.GetValue<string>();

    /// <summary>Status and first error of a PUT of <c>{"lease_id": …}</c> to a lease route.</summary>
    public static async Task<(int Status, string Error)> FirstErrorAsync(HttpClient client, string route, string leaseId)
    {
        var (status, body) = await SendAsync(client, "PUT", route, new { lease_id = leaseId });
        return (status, body?["errors"] is JsonArray { Count: > 0 } errors ? errors[0]!.GetValue<string>() : "");
    }
}
