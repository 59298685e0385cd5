using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Storage;

namespace Platform.Secrets.Application.Audit;

/// <summary>
/// Keeps this node's <see cref="AuditDeviceRegistry"/> in step with the cluster: once a second it compares the
/// table's version (one cheap grain call) and reloads on change; while sealed it drops the snapshot so the next
/// unsealed request reloads before being served.
/// </summary>
internal sealed class AuditDeviceRefresher(AuditDeviceRegistry registry, IBarrier barrier, TimeProvider time, ILogger<AuditDeviceRefresher> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (barrier.IsSealed)
            {
                registry.Forget();
                continue;
            }

            try
            {
                await registry.RefreshAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The snapshot in hand stays in use; the next tick tries again.
                logger.LogWarning("Could not refresh the audit devices: {ErrorType}: {Message}", exception.GetType().Name, exception.Message);
            }
        }
    }
}
