namespace Platform.Secrets.Domain.Audit;

/// <summary>
/// One audit event before hashing: what Vault's <c>file</c> device writes as a line, with every value still in the
/// clear. <see cref="AuditEntryWriter"/> decides what is hashed; nothing else may print a record.
/// </summary>
/// <param name="Type"><c>request</c> or <c>response</c>.</param>
/// <param name="Response">Null on request entries.</param>
/// <param name="Error">The failure the request ended with (response entries), or empty.</param>
public sealed record AuditRecord(
    string Type,
    DateTimeOffset Time,
    AuditAuth? Auth,
    AuditRequest Request,
    AuditResponse? Response,
    string Error)
{
    public const string RequestType = "request";
    public const string ResponseType = "response";
}
