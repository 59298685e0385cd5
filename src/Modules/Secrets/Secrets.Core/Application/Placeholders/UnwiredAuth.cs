using Platform.Kernel.Auth;

namespace Platform.Secrets.Application.Placeholders;

// Fail-closed stand-in until the audit broker is wired (issue 3 in progress).

internal sealed class UnwiredAuditBroker : IAuditBroker
{
    public Task LogRequestAsync(CallContext context, object request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task LogResponseAsync(CallContext context, object request, object? response, Exception? error, CancellationToken cancellationToken) => Task.CompletedTask;
}
