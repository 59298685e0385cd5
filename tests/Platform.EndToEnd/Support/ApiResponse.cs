using System.Net;
using System.Text.Json.Nodes;

namespace Platform.EndToEnd.Support;

/// <summary>One HTTP answer of the server: status and body, with Vault's <c>errors</c> list when there is one.</summary>
public sealed record ApiResponse(HttpStatusCode Status, string Body)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public IReadOnlyList<string> Errors =>
        Json is JsonObject { } body && body["errors"] is JsonArray errors
            ? errors.Select(error => error?.GetValue<string>() ?? "").ToList()
            : [];

    /// <summary>The body as an object; fails the test, showing the answer, when the status is not <paramref name="expected"/>.</summary>
    public JsonObject Expect(HttpStatusCode expected = HttpStatusCode.OK)
    {
        if (Status != expected)
        {
            throw new InvalidOperationException($"Expected {(int)expected} {expected}, got {(int)Status} {Status}: {Body}");
        }

        return Json as JsonObject ?? [];
    }

    public override string ToString() => $"{(int)Status} {Body}";
}
