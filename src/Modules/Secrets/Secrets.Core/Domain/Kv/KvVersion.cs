namespace Platform.Secrets.Domain.Kv;

/// <summary>
/// One version of a KV v2 secret. <see cref="Data"/> is the secret's JSON object (UTF-8), null once destroyed.
/// A version is readable when it is neither destroyed nor past its deletion time.
/// </summary>
public sealed record KvVersion(int Number, byte[]? Data, DateTimeOffset CreatedTime, DateTimeOffset? DeletionTime, bool Destroyed)
{
    public bool IsDeleted(DateTimeOffset now) => DeletionTime is { } deletion && deletion <= now;

    public bool IsReadable(DateTimeOffset now) => !Destroyed && !IsDeleted(now);
}
