using System.Diagnostics;
using System.Net;
using System.Text;

namespace Platform.EndToEnd.Support;

/// <summary>
/// One <c>platform server -config</c> node under test: its config and folder, and the real process running it (the
/// <c>platform.dll</c> this build produced, started with <c>dotnet</c>). Each run's stdout and stderr go to its own
/// log file in the node's folder; <see cref="LogText"/> reads them all back (the plaintext scans search them).
/// Disposing kills a process still running, shows the end of the last log in the test output, and deletes the folder.
/// </summary>
public sealed class ServerNode : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(45);

    private readonly ITestOutputHelper _output;
    private readonly string _name;
    private readonly HttpClient _http;
    private readonly List<string> _logFiles = [];
    private Process? _process;

    public ServerNode(ServerConfig config, ITestOutputHelper output, string name = "node")
    {
        Config = config;
        _output = output;
        _name = name;
        // A fresh connection per request: a node that was killed and restarted on the same port must not be
        // reached through a pooled connection to the dead process.
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero })
        {
            BaseAddress = config.Address,
            Timeout = TimeSpan.FromSeconds(30),
        };
        Api = new ServerApi(_http);
    }

    public ServerConfig Config { get; }

    public ServerApi Api { get; }

    public Uri Address => Config.Address;

    public bool IsRunning => _process is { HasExited: false };

    public IReadOnlyList<string> LogFiles => _logFiles;

    /// <summary>Everything every run of this node has written to stdout and stderr so far.</summary>
    public string LogText => string.Concat(_logFiles.Where(File.Exists).Select(ReadShared));

    /// <summary>Starts a server process on <see cref="Config"/> and waits until <c>sys/seal-status</c> answers.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{_name} is already running.");
        }

        var configPath = Config.Write();
        var logPath = Path.Combine(Config.DataDirectory, $"{_name}-run{_logFiles.Count + 1}.log");
        _logFiles.Add(logPath);
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        // exec: the process id we hold is the server's own, so SIGTERM and SIGKILL reach it and not a shell.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$@\" </dev/null >>\"$PLATFORM_E2E_LOG\" 2>&1");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
        start.ArgumentList.Add(RepositoryPaths.PlatformDll);
        start.ArgumentList.Add("server");
        start.ArgumentList.Add("-config");
        start.ArgumentList.Add(configPath);
        start.WorkingDirectory = Config.DataDirectory;
        start.Environment["PLATFORM_E2E_LOG"] = logPath;
        start.Environment["DOTNET_NOLOGO"] = "1";
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server process.");

        var clock = Stopwatch.StartNew();
        var process = _process;
        try
        {
            await Poll.UntilAsync(
                async () =>
                {
                    if (process.HasExited)
                    {
                        throw new InvalidOperationException($"{_name} exited with code {process.ExitCode} before serving:\n{Tail(logPath)}");
                    }

                    using var response = await _http.GetAsync("/v1/sys/seal-status");
                    return response.StatusCode == HttpStatusCode.OK ? "serving" : null;
                },
                StartTimeout,
                $"{_name} to answer sys/seal-status on {Address}");
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message}\n{Tail(logPath)}", timeout);
        }

        _output.WriteLine($"{_name}: serving on {Address} after {clock.Elapsed.TotalSeconds:0.0} s (pid {process.Id}, log {logPath})");
    }

    /// <summary>SIGTERM, then waits for the process to exit (graceful shutdown); returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        var process = RunningProcess();
        PosixSignal.Send(process.Id, PosixSignal.SigTerm);
        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException($"{_name} did not exit within {StopTimeout.TotalSeconds:0} s of SIGTERM (killed):\n{Tail(_logFiles[^1])}");
        }

        return process.ExitCode;
    }

    /// <summary>SIGKILL: the process dies at once, as in a crash or power loss; nothing is flushed.</summary>
    public async Task KillAsync()
    {
        var process = RunningProcess();
        process.Kill();
        await process.WaitForExitAsync();
    }

    public async Task RestartAsync()
    {
        var exitCode = await StopAsync();
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{_name} exited with code {exitCode} on SIGTERM:\n{Tail(_logFiles[^1])}");
        }

        await StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (IsRunning)
        {
            _process!.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _http.Dispose();
        if (_logFiles.Count > 0)
        {
            _output.WriteLine($"--- {_name}: end of {_logFiles[^1]} ---\n{Tail(_logFiles[^1])}");
        }

        Directory.Delete(Config.DataDirectory, recursive: true);
    }

    private Process RunningProcess() =>
        _process is { HasExited: false } process ? process : throw new InvalidOperationException($"{_name} is not running.");

    private static string Tail(string logPath, int lines = 60)
    {
        if (!File.Exists(logPath))
        {
            return "(no log written)";
        }

        var all = ReadShared(logPath).Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }

    private static string ReadShared(string path)
    {
        // The server may still be writing the file.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
