using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Storage;
using Platform.Secrets.Grains.Leases;

namespace Platform.Secrets.Application.Leases;

/// <summary>
/// This node's poke of the cluster's expiry sweep: about once a second while this node is unsealed (a sealed node
/// can decrypt nothing, and hosts no grain), again at once while the sweep reports more due work. The sweep grain
/// does the walk wherever it lives, so several nodes poking costs one cheap call each.
/// </summary>
internal sealed partial class LeaseExpirySweeper(IGrainFactory grains, IBarrier barrier, TimeProvider time, ILogger<LeaseExpirySweeper> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sweep = grains.GetGrain<ILeaseExpirySweepGrain>(ILeaseExpirySweepGrain.Key);
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                while (!barrier.IsSealed && await sweep.SweepAsync() && !stoppingToken.IsCancellationRequested)
                {
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Sealed meanwhile, a node leaving, storage trouble: the entries stay in the index for the next tick.
                LogSweepFailed(logger, exception.GetType().Name, exception.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lease expiry sweep failed ({ErrorType}: {Message}); the next tick retries")]
    private static partial void LogSweepFailed(ILogger logger, string errorType, string message);
}
