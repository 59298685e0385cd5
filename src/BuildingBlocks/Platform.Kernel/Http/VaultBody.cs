using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Platform.Kernel.Errors;

namespace Platform.Kernel.Http;

/// <summary>
/// Reads a Vault request body. Vault clients send PUT/POST with no body at all (<c>sys/seal</c>), with JSON nulls
/// and with fields we do not know: all accepted. Malformed JSON is a 400 naming the problem; the size limit is
/// Kestrel's (413, see <see cref="VaultErrorMiddleware"/>).
/// </summary>
public static class VaultBody
{
    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : new()
    {
        using var buffer = await BufferAsync(request, cancellationToken);
        var body = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (body.Trim(" \n\r\t"u8).IsEmpty)
        {
            return new T();
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body, VaultJson.Options) ?? new T();
        }
        catch (JsonException exception)
        {
            throw Malformed(exception);
        }
    }

    /// <summary>A body that must be a JSON object whatever its fields (a KV secret, an engine's parameters); empty → <c>{}</c>.</summary>
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = await BufferAsync(request, cancellationToken);
        var body = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (body.Trim(" \n\r\t"u8).IsEmpty)
        {
            return new JsonObject();
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException exception)
        {
            throw Malformed(exception);
        }

        return node as JsonObject ?? throw new ValidationException("failed to parse JSON input: the body must be a JSON object");
    }

    private static async Task<MemoryStream> BufferAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer;
    }

    private static ValidationException Malformed(JsonException exception)
    {
        var where = exception.Path is { Length: > 0 } path ? $" at {path}" : "";
        return new ValidationException($"failed to parse JSON input{where}: {FirstSentence(exception.Message)}");
    }

    // System.Text.Json's messages end with a "Path: … | LineNumber: …" tail that repeats what we already say.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
