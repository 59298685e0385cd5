using Microsoft.AspNetCore.Http;
using Platform.Kernel.Auth;

namespace Platform.Kernel.Http;

/// <summary>
/// Fills the request's <see cref="CallContext"/> (token, remote address, operation, path) and turns Vault's
/// <c>GET …?list=true</c> into the <c>LIST</c> verb, so routes declare LIST once and clients may use either form.
/// </summary>
public sealed class CallContextMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http, CallContext context)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) && string.Equals(request.Query["list"], "true", StringComparison.OrdinalIgnoreCase))
        {
            request.Method = "LIST";
        }

        context.Token = TokenHeaders.Read(request);
        context.RemoteAddress = http.Connection.RemoteIpAddress?.ToString() ?? "";
        context.Operation = request.Method;
        var path = request.Path.Value ?? "";
        context.Path = path.StartsWith("/v1/", StringComparison.Ordinal) ? path[4..] : path.TrimStart('/');
        http.Response.Headers.CacheControl = "no-store";
        return next(http);
    }
}
