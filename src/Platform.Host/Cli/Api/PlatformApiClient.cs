using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Host.Cli.Api;

/// <summary>
/// The CLI's HTTP client: address from <c>PLATFORM_ADDR</c> (default http://127.0.0.1:4646), token from
/// <c>PLATFORM_TOKEN</c> or the token file <c>platform login</c> writes. Error bodies (<c>{"errors":[…]}</c>) become
/// <see cref="ApiException"/> with the server's words.
/// </summary>
internal sealed class PlatformApiClient : IDisposable
{
    public const string DefaultAddress = "http://127.0.0.1:4646";

    private readonly HttpClient _http;

    public PlatformApiClient(CliEnvironment environment)
    {
        Address = environment.Address;
        _http = new HttpClient { BaseAddress = new Uri(Address.TrimEnd('/') + "/v1/"), Timeout = TimeSpan.FromSeconds(60) };
        if (environment.Token is { Length: > 0 } token)
        {
            _http.DefaultRequestHeaders.Add("X-Vault-Token", token);
        }
    }

    public string Address { get; }

    public Task<JsonNode?> GetAsync(string path, CancellationToken cancellationToken) => SendAsync(HttpMethod.Get, path, null, cancellationToken);

    public Task<JsonNode?> ListAsync(string path, CancellationToken cancellationToken) => SendAsync(new HttpMethod("LIST"), path, null, cancellationToken);

    public Task<JsonNode?> PutAsync(string path, object? body, CancellationToken cancellationToken) => SendAsync(HttpMethod.Put, path, body, cancellationToken);

    public Task<JsonNode?> DeleteAsync(string path, CancellationToken cancellationToken) => SendAsync(HttpMethod.Delete, path, null, cancellationToken);

    /// <summary>A JSON merge patch (RFC 7386), as <c>vault kv patch</c> sends it.</summary>
    public Task<JsonNode?> PatchAsync(string path, object body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, path, body, cancellationToken, "application/merge-patch+json");

    /// <returns>The parsed body, or null for 204 and empty bodies.</returns>
    public async Task<JsonNode?> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (body is not null)
        {
            var json = body as string ?? JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new ApiException(0, [$"cannot reach {Address}: {exception.Message} (is the server running? set PLATFORM_ADDR)"]);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var node = string.IsNullOrWhiteSpace(text) ? null : ParseOrNull(text);
            if (response.IsSuccessStatusCode)
            {
                return node;
            }

            var errors = node?["errors"] is JsonArray array ? array.Select(e => e?.ToString() ?? "").ToList() : [];
            if (errors.Count == 0)
            {
                errors.Add(response.StatusCode == HttpStatusCode.NotFound ? "not found" : $"HTTP {(int)response.StatusCode}");
            }

            throw new ApiException((int)response.StatusCode, errors);
        }
    }

    private static JsonNode? ParseOrNull(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    public void Dispose() => _http.Dispose();
}
