using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Auth;

namespace Platform.Kernel.Pipeline;

/// <summary>
/// Outermost behavior: one structured line per request with its type, path and outcome. Logs the request type and
/// ACL path only, never the request's fields (they may hold secrets).
/// </summary>
public sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger, CallContext context)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            // Checked first: the call boxes its arguments into an array even when Debug is off, on every request.
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug("Handled {RequestType} {Operation} {Path} in {ElapsedMs:0.0} ms", typeof(TRequest).Name, context.Operation, context.Path, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return response;
        }
        catch (Exception exception)
        {
            logger.LogInformation("Refused {RequestType} {Operation} {Path}: {ErrorType} after {ElapsedMs:0.0} ms", typeof(TRequest).Name, context.Operation, context.Path, exception.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
