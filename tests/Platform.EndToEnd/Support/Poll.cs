using System.Diagnostics;

namespace Platform.EndToEnd.Support;

/// <summary>
/// Waiting for something another process does: ask again until it holds or the deadline passes (never a fixed
/// sleep). The pause between attempts is short so a fast machine is not slowed down.
/// </summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Calls <paramref name="attempt"/> until it returns a value; throws <see cref="TimeoutException"/> with the last failure.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> attempt, TimeSpan timeout, string waitingFor)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        Exception? lastError = null;
        while (true)
        {
            try
            {
                if (await attempt() is { } value)
                {
                    return value;
                }

                lastError = null;
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException)
            {
                // The other side is not there yet (connection refused, reset, or not ready): keep asking.
                lastError = exception;
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {waitingFor}" + (lastError is null ? "." : $"; last error: {lastError.Message}"), lastError);
            }

            await Task.Delay(Interval);
        }
    }
}
