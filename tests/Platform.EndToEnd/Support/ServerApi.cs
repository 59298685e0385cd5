using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Platform.EndToEnd.Support;

/// <summary>
/// Vault's wire protocol as an operator speaks it, over real HTTP to a server process: the few calls every
/// end-to-end test needs (init, unseal, seal-status) and a raw <see cref="SendAsync"/> for the rest.
/// </summary>
public sealed class ServerApi(HttpClient http)
{
    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, object? body = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, "/v1/" + path.TrimStart('/'));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (token is not null)
        {
            request.Headers.Add("X-Vault-Token", token);
        }

        using var response = await http.SendAsync(request);
        return new ApiResponse(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public Task<ApiResponse> GetAsync(string path, string? token = null) => SendAsync(HttpMethod.Get, path, null, token);

    public Task<ApiResponse> PutAsync(string path, object? body, string? token = null) => SendAsync(HttpMethod.Put, path, body, token);

    public async Task<JsonObject> SealStatusAsync() => (await GetAsync("sys/seal-status")).Expect();

    public async Task<InitResult> InitAsync(int shares, int threshold)
    {
        var body = (await PutAsync("sys/init", new { secret_shares = shares, secret_threshold = threshold })).Expect();
        return new InitResult(
            Strings(body["keys"]),
            Strings(body["keys_base64"]),
            body["root_token"]?.GetValue<string>() ?? throw new InvalidOperationException($"sys/init gave no root_token: {body}"));
    }

    /// <summary>Gives one key share; the answer is the seal status after it.</summary>
    public async Task<JsonObject> UnsealAsync(string key) => (await PutAsync("sys/unseal", new { key })).Expect();

    /// <summary>Gives each share in turn and checks that the server ends up unsealed.</summary>
    public async Task UnsealWithAsync(IEnumerable<string> keys)
    {
        JsonObject? status = null;
        foreach (var key in keys)
        {
            status = await UnsealAsync(key);
        }

        if (status?["sealed"]?.GetValue<bool>() != false)
        {
            throw new InvalidOperationException($"Still sealed after the key shares: {status}");
        }
    }

    /// <summary>Writes an ACL policy (<c>sys/policy/NAME</c>, body field <c>policy</c>) and checks the 204.</summary>
    public async Task WritePolicyAsync(string name, string rules, string token) =>
        (await PutAsync($"sys/policy/{name}", new { policy = rules }, token)).Expect(HttpStatusCode.NoContent);

    /// <summary>The stored text of a policy.</summary>
    public async Task<string> ReadPolicyAsync(string name, string token) =>
        (await GetAsync($"sys/policy/{name}", token)).Expect()["data"]?["rules"]?.GetValue<string>()
        ?? throw new InvalidOperationException($"sys/policy/{name} answered without data.rules.");

    /// <summary><c>auth/token/create</c> with the given body; returns the <c>auth</c> block (client_token, accessor, …).</summary>
    public async Task<JsonObject> CreateTokenAsync(object body, string token) =>
        (await SendAsync(HttpMethod.Post, "auth/token/create", body, token)).Expect()["auth"] as JsonObject
        ?? throw new InvalidOperationException("auth/token/create answered without an auth block.");

    /// <summary><c>auth/token/lookup</c> of <paramref name="subject"/>; returns its <c>data</c>.</summary>
    public async Task<JsonObject> LookupTokenAsync(string subject, string token) =>
        (await SendAsync(HttpMethod.Post, "auth/token/lookup", new { token = subject }, token)).Expect()["data"] as JsonObject
        ?? throw new InvalidOperationException("auth/token/lookup answered without data.");

    private static List<string> Strings(JsonNode? array) =>
        array is JsonArray items ? items.Select(item => item!.GetValue<string>()).ToList() : [];
}
