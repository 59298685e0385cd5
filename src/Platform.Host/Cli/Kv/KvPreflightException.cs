namespace Platform.Host.Cli.Kv;

/// <summary>The mount of a <c>platform kv</c> path could not be found (no mount there, or the token may not see it).</summary>
internal sealed class KvPreflightException(string message) : Exception(message);
