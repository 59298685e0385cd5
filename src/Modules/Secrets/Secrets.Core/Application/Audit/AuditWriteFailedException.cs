namespace Platform.Secrets.Application.Audit;

/// <summary>
/// Audit devices are enabled and none of them could write the entry: the request must not succeed unaudited. Not a
/// <see cref="Platform.Kernel.Errors.PlatformException"/> on purpose: Vault answers 500, and the error middleware
/// logs the cause (device paths and the I/O error, never the entry).
/// </summary>
public sealed class AuditWriteFailedException(string message) : Exception(message);
