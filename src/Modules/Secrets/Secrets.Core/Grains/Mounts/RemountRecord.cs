namespace Platform.Secrets.Grains.Mounts;

/// <summary>A finished <c>sys/remount</c>, as <c>sys/remount/status/ID</c> reports it (route paths, with <c>auth/</c> for auth methods).</summary>
[GenerateSerializer, Immutable]
public sealed record RemountRecord(
    [property: Id(0)] string MigrationId,
    [property: Id(1)] string SourceMount,
    [property: Id(2)] string TargetMount,
    [property: Id(3)] string Status);
