namespace Platform.Secrets.Contracts.Sys;

/// <summary><c>sys/audit-hash</c>: <c>hmac-sha256:&lt;hex&gt;</c>, exactly as the device writes that value.</summary>
public sealed record AuditHashResponse(string Hash);
