using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Platform.Kernel.Http;

/// <summary>
/// A JSON answer serialised in one synchronous pass straight into the response's pipe and flushed once. Answers are
/// small and already in memory, so the serializer's asynchronous streaming path (<c>Results.Json</c>) only added its
/// own bookkeeping to every request.
/// </summary>
internal sealed class VaultJsonResult(object body, int statusCode) : IResult
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = VaultJson.Options.Encoder,
        Indented = VaultJson.Options.WriteIndented,
        MaxDepth = VaultJson.Options.MaxDepth,
    };

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            JsonSerializer.Serialize(writer, body, body.GetType(), VaultJson.Options);
        }

        return response.BodyWriter.FlushAsync(httpContext.RequestAborted).AsTask();
    }
}
