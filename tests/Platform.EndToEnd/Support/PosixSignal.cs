using System.Runtime.InteropServices;

namespace Platform.EndToEnd.Support;

/// <summary>
/// Sends a POSIX signal to a process. .NET's <c>Process.Kill</c> only sends SIGKILL; a graceful stop needs SIGTERM,
/// the signal service managers (systemd, Kubernetes) send.
/// </summary>
internal static class PosixSignal
{
    public const int SigTerm = 15;

    public static void Send(int processId, int signal)
    {
        if (Kill(processId, signal) != 0)
        {
            throw new InvalidOperationException($"kill({processId}, {signal}) failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
