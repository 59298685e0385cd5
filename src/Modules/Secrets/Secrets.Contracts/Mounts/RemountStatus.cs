namespace Platform.Secrets.Contracts.Mounts;

/// <summary><c>sys/remount</c> and <c>sys/remount/status/ID</c>: the move's id, source and target route paths and status.</summary>
public sealed record RemountStatus(string MigrationId, string SourceMount, string TargetMount, string Status);
