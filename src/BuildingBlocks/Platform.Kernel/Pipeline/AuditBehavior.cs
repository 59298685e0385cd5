using MediatR;
using Platform.Kernel.Auth;

namespace Platform.Kernel.Pipeline;

/// <summary>
/// Innermost behavior: the request is audited before the handler runs and the response (or failure) after it,
/// before anything reaches the client. If the request entry cannot be written, the handler never runs.
/// </summary>
public sealed class AuditBehavior<TRequest, TResponse>(IAuditBroker audit, CallContext context)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        await audit.LogRequestAsync(context, request, cancellationToken);
        TResponse response;
        try
        {
            response = await next();
        }
        catch (Exception exception)
        {
            await audit.LogResponseAsync(context, request, null, exception, cancellationToken);
            throw;
        }

        await audit.LogResponseAsync(context, request, response, null, cancellationToken);
        return response;
    }
}
