using System.Diagnostics;
using System.Text;

namespace Platform.EndToEnd.Support;

/// <summary>Runs a real client's script (python3 + hvac, node + node-vault) as a child process with a deadline.</summary>
public static class ClientScript
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static async Task<ScriptResult> RunAsync(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The scripts take the server and token from what we pass, never from the developer's shell.
        foreach (var inherited in new[] { "VAULT_ADDR", "VAULT_TOKEN", "PLATFORM_ADDR", "PLATFORM_TOKEN" })
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Append(output, $"(killed: still running after {Timeout.TotalSeconds:0} s)");
            return new ScriptResult(-1, Snapshot(output));
        }

        // WaitForExitAsync returns once the output streams are drained too.
        return new ScriptResult(process.ExitCode, Snapshot(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
