using System.Diagnostics;

namespace Platform.ApiTests.Support;

/// <summary>
/// Waiting for something the server does in the background: ask again until it holds or a deadline passes (never
/// a fixed sleep). <paramref name="step"/> runs before each try, e.g. to move a fake clock on.
/// </summary>
public static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string waitingFor, Action? step = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            step?.Invoke();
            if (await condition())
            {
                return;
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {waitingFor}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }
}
