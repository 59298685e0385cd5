using Microsoft.Extensions.Logging;
using Platform.Kernel.Storage;
using Platform.Secrets.Application.Leases;
using Platform.Secrets.Domain.Leases;
using Platform.Secrets.Grains.Indexes;

namespace Platform.Secrets.Grains.Leases;

/// <summary>
/// Walks the minute buckets of the deadline index from its persisted cursor to the current minute. Buckets stay open
/// until <see cref="LeaseDeadline.IsFinished"/>, then are cleared and the cursor moves past them: after a restart or a
/// fail-over the walk resumes at the first unfinished minute, so overdue leases are revoked on the first sweep.
/// </summary>
public sealed partial class LeaseExpirySweepGrain(
    [PersistentState("lease-sweep", StorageSettings.ProviderName)] IPersistentState<LeaseExpirySweepState> state,
    ILeaseExpiryTarget targets,
    TimeProvider time,
    ILogger<LeaseExpirySweepGrain> logger)
    : Grain, ILeaseExpirySweepGrain
{
    /// <summary>Expiries per sweep call: keeps one call well inside the response timeout.</summary>
    public const int BatchSize = 2000;

    // A first sweep looks this far back: leases registered before the cursor existed are never older than this.
    private const int FirstLookBackMinutes = 60;

    private const int Parallelism = 32;

    public static string BucketTree(long minute) => "due:" + minute;

    public async Task<bool> SweepAsync()
    {
        var now = time.GetUtcNow();
        var nowMinute = LeaseDeadline.MinuteOf(now);
        if (!state.State.Started)
        {
            state.State = new LeaseExpirySweepState { Started = true, NextMinute = nowMinute - FirstLookBackMinutes };
        }

        var budget = BatchSize;
        var next = state.State.NextMinute;
        var advancing = true;
        for (var minute = state.State.NextMinute; minute <= nowMinute && budget > 0; minute++)
        {
            var (processed, complete) = await SweepBucketAsync(BucketTree(minute), now, budget);
            budget -= processed;
            if (advancing && complete && budget > 0 && LeaseDeadline.IsFinished(minute, now))
            {
                await IndexTrie.ClearAsync<long>(GrainFactory, BucketTree(minute));
                next = minute + 1;
            }
            else
            {
                advancing = false;
            }
        }

        if (next != state.State.NextMinute || !state.RecordExists)
        {
            state.State.NextMinute = next;
            await state.WriteStateAsync();
        }

        return budget <= 0;
    }

    /// <returns>How many entries were handled, and whether none is left that is due (none failed).</returns>
    private async Task<(int Processed, bool Complete)> SweepBucketAsync(string tree, DateTimeOffset now, int budget)
    {
        var leaves = await IndexTrie.AtMostAsync(GrainFactory, tree, now.UtcTicks, budget);
        var processed = 0;
        var complete = true;
        foreach (var (nodeKey, entries) in leaves)
        {
            if (processed >= budget)
            {
                return (processed, false);
            }

            var done = new List<IndexEntry<long>>(entries.Length);
            foreach (var chunk in entries.Chunk(Parallelism))
            {
                var outcomes = await Task.WhenAll(chunk.Select(ExpireAsync));
                done.AddRange(chunk.Where((_, i) => outcomes[i]));
            }

            processed += entries.Length;
            complete &= done.Count == entries.Length;
            await IndexTrie.RemoveFromAsync(GrainFactory, nodeKey, done);
        }

        return (processed, complete);
    }

    /// <returns>True when the entry can leave the index: the target is gone, or was renewed to another deadline.</returns>
    private async Task<bool> ExpireAsync(IndexEntry<long> entry)
    {
        try
        {
            var remaining = await targets.ExpireAsync(entry.Member);
            return remaining is not { } deadline || deadline.UtcTicks != entry.Value;
        }
        catch (Exception exception)
        {
            LogExpiryFailed(logger, exception.GetType().Name, exception.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Revoking an expired lease failed ({ErrorType}: {Message}); the next sweep retries")]
    private static partial void LogExpiryFailed(ILogger logger, string errorType, string message);
}
