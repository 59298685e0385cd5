namespace Platform.EndToEnd.Support;

/// <summary>How a client script ended: its exit code and everything it printed (stdout and stderr interleaved).</summary>
public sealed record ScriptResult(int ExitCode, string Output);
