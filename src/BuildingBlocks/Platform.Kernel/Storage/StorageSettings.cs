namespace Platform.Kernel.Storage;

/// <summary>Which backend holds grain state, reminders and the seal record, as the server configuration chose it.</summary>
public sealed record StorageSettings
{
    public const string ProviderName = "platform";

    public required StorageKind Kind { get; init; }

    /// <summary>SQLite: the database file.</summary>
    public string? SqlitePath { get; init; }

    /// <summary>Redis: <c>host:port</c> (StackExchange.Redis configuration string).</summary>
    public string? RedisAddress { get; init; }
}

public enum StorageKind
{
    Sqlite,
    Redis,
}
