using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Errors;

namespace Platform.Kernel.Http;

/// <summary>
/// Maps failures to Vault's error shape <c>{"errors":[…]}</c> once for every route: the five platform exceptions to
/// their status, a stale-ETag storage conflict to 409, an oversized body to 413, anything else to 500 with a generic
/// text (details go to the log, where no secret is written either: only the exception type and message).
/// </summary>
public sealed class VaultErrorMiddleware(RequestDelegate next, ILogger<VaultErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (PlatformException exception) when (!http.Response.HasStarted)
        {
            // Vault answers a plain miss (a read or LIST of nothing) with an empty list: {"errors":[]}.
            IReadOnlyList<string> errors = exception is ValidationException validation ? validation.Errors
                : exception.Message.Length == 0 ? []
                : [exception.Message];
            await WriteAsync(http, exception.StatusCode, errors);
        }
        catch (BadHttpRequestException exception) when (!http.Response.HasStarted)
        {
            var message = exception.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "request body too large: the limit is " + (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize?.ToString() ?? "unknown") + " bytes"
                : exception.Message;
            await WriteAsync(http, exception.StatusCode, [message]);
        }
        catch (Orleans.Storage.InconsistentStateException) when (!http.Response.HasStarted)
        {
            // Storage refused a stale writer (ETag): the request lost a race and changed nothing; the client may retry.
            await WriteAsync(http, StatusCodes.Status409Conflict, ["conflict: the record was changed by a concurrent request; read it again and retry"]);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception exception) when (!http.Response.HasStarted)
        {
            logger.LogError("Unhandled {ExceptionType} on {Method} {Path}: {Message}", exception.GetType().FullName, http.Request.Method, http.Request.Path.Value, exception.Message);
            await WriteAsync(http, StatusCodes.Status500InternalServerError, ["internal error: see the server log"]);
        }
    }

    public static Task WriteAsync(HttpContext http, int status, IReadOnlyList<string> errors)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new { errors }, VaultJson.Options), http.RequestAborted);
    }
}
