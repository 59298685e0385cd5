using System.Globalization;

namespace Platform.Api.Benchmarks.Load;

/// <summary>
/// CPU time (user + system) another process has used so far, from <c>/proc/PID/stat</c>. Linux counts it in clock
/// ticks of 10 ms, fine over runs of seconds.
/// </summary>
internal static class ProcessCpuClock
{
    private const double TickSeconds = 0.01;

    public static TimeSpan Read(int pid)
    {
        if (pid <= 0)
        {
            return TimeSpan.Zero;
        }

        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) may hold spaces; every field after its closing parenthesis is plain.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks * TickSeconds);
    }
}
