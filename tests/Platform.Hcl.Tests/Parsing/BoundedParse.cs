using System.Runtime.ExceptionServices;
using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Tests.Parsing;

/// <summary>
/// Runs one parse on its own thread with a generous stack and a deadline, so a hang fails the test instead
/// of stalling the run and an exception is reported with its input.
/// </summary>
internal static class BoundedParse
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);

    public static IReadOnlyList<Diagnostic> Run(string text, CorpusMode mode, int stackBytes = 16 * 1024 * 1024, TimeSpan? deadline = null)
    {
        var limit = deadline ?? Deadline;
        IReadOnlyList<Diagnostic>? diagnostics = null;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    diagnostics = CorpusParser.Parse(text, "fuzz.hcl", mode);
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            stackBytes) { IsBackground = true };
        thread.Start();
        if (!thread.Join(limit))
        {
            throw new TimeoutException($"{mode} parse of {text.Length} chars did not finish within {limit.TotalSeconds} s");
        }
        failure?.Throw();
        return diagnostics!;
    }
}
