using Platform.Secrets.Domain.Audit;

namespace Platform.Secrets.Application.Audit;

/// <summary>An enabled device as this node writes to it: its hashing key and its file.</summary>
internal sealed record ActiveAuditDevice(string Path, AuditHmac Hmac, bool HmacAccessor, FileAuditSink Sink);
