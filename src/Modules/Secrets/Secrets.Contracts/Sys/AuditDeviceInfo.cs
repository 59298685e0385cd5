namespace Platform.Secrets.Contracts.Sys;

/// <summary>One device in <c>GET sys/audit</c>, in Vault's shape. The salt is never part of it.</summary>
public sealed record AuditDeviceInfo(string Type, string Description, IReadOnlyDictionary<string, string> Options, bool Local, string Path);
