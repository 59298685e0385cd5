using System.Text.Json.Nodes;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Auth;
using Platform.Kernel.Http;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Contracts.Logical;
using Platform.Secrets.Domain.Mounts;

namespace Platform.Secrets.Api;

/// <summary>
/// Every path no fixed route claims (<c>secret/…</c>, <c>auth/userpass/…</c>): routed through the mount table to the
/// engine or auth method mounted there, as Vault's logical router does. Fixed routes (sys/, auth/token/) win because a
/// catch-all template has the lowest precedence.
/// </summary>
internal static class LogicalEndpoints
{
    private static readonly string[] Verbs = ["GET", "PUT", "POST", "DELETE", "LIST", "PATCH"];

    public static void MapLogicalApi(this RouteGroupBuilder v1) =>
        v1.MapMethods("{**path}", Verbs, HandleAsync);

    private static async Task<IResult> HandleAsync(HttpContext http, IMediator mediator, MountRouter router, CallContext context, CancellationToken ct)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? "";
        var query = raw.IndexOf('?', StringComparison.Ordinal);
        RequestPath.Validate(query < 0 ? raw : raw[..query]);
        RequestPath.ValidateDecoded(http.Request.Path.Value ?? "");

        var path = context.Path;
        var resolved = await router.ResolveAsync(path, ct);
        if (resolved is null)
        {
            // Authorise before saying "no handler": as in Vault, a token without access learns nothing (403) about
            // which paths are mounted; the handler answers the 404 once the token may ask.
            await mediator.Send(new LogicalRequest(path, UnroutedOperation(http.Request.Method), new JsonObject()), ct);
            throw LogicalDispatch.NoRoute(path);
        }

        if (http.Request.Method == "PATCH" && !IsMergePatch(http.Request.ContentType, out var contentType))
        {
            return VaultResults.Raw(new { errors = new[] { $"PATCH requires Content-Type of application/merge-patch+json, got \"{contentType}\"" } }, StatusCodes.Status415UnsupportedMediaType);
        }

        var data = await ReadDataAsync(http, ct);
        var operation = await OperationOfAsync(http.Request.Method, resolved, context, ct);
        if (operation == LogicalOperation.List && !path.EndsWith('/'))
        {
            // Vault lists a folder: the request (and so the ACL path) always ends in a slash.
            path += "/";
        }

        var response = resolved.Backend.IsUnauthenticated(resolved.RelativePath)
            ? await mediator.Send(new UnauthenticatedLogicalRequest(path, operation, data), ct)
            : await mediator.Send(new LogicalRequest(path, operation, data), ct);
        if (response.IsEmpty)
        {
            return VaultResults.NoContent();
        }

        if (response.StatusOnly)
        {
            return Results.Content("", "application/json", statusCode: response.StatusCode);
        }

        return response.Errors is { } errors
            ? VaultResults.Raw(new { errors }, response.StatusCode)
            : VaultResults.Raw(new VaultEnvelope(context.RequestId, "", false, response.LeaseDuration, response.Body, null, response.Warnings, response.IssuedAuth), response.StatusCode);
    }

    private static LogicalOperation UnroutedOperation(string method) => method switch
    {
        "GET" => LogicalOperation.Read,
        "LIST" => LogicalOperation.List,
        "DELETE" => LogicalOperation.Delete,
        "PATCH" => LogicalOperation.Patch,
        _ => LogicalOperation.Update,
    };

    private static bool IsMergePatch(string? header, out string contentType)
    {
        contentType = header is null ? "" : header.Split(';')[0].Trim();
        return string.Equals(contentType, "application/merge-patch+json", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<LogicalOperation> OperationOfAsync(string method, ResolvedMount resolved, CallContext context, CancellationToken ct)
    {
        switch (method)
        {
            case "GET":
                return LogicalOperation.Read;
            case "LIST":
                return LogicalOperation.List;
            case "DELETE":
                return LogicalOperation.Delete;
            case "PATCH":
                return LogicalOperation.Patch;
        }

        // PUT/POST: create or update by what is stored. Checked only for a caller presenting a token; without one the
        // pipeline refuses the request anyway (or the path is a login, where the distinction does not matter).
        if (string.IsNullOrEmpty(context.Token) || resolved.Backend.IsUnauthenticated(resolved.RelativePath))
        {
            return LogicalOperation.Update;
        }

        return await resolved.Backend.ExistsAsync(resolved.Mount, resolved.RelativePath, ct) == false
            ? LogicalOperation.Create
            : LogicalOperation.Update;
    }

    /// <summary>Writes carry a JSON object body; reads, lists and deletes carry their parameters in the query string.</summary>
    private static async Task<JsonObject> ReadDataAsync(HttpContext http, CancellationToken ct)
    {
        var request = http.Request;
        if (request.Method is "PUT" or "POST" or "PATCH")
        {
            return await VaultBody.ReadObjectAsync(request, ct);
        }

        var data = new JsonObject();
        foreach (var (key, values) in request.Query)
        {
            if (key != "list")
            {
                data[key] = values.ToString();
            }
        }

        return data;
    }
}
