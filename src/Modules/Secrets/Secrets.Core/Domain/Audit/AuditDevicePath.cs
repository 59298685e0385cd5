using Platform.Kernel.Errors;

namespace Platform.Secrets.Domain.Audit;

/// <summary>Vault stores and lists audit devices under their path with one trailing slash (<c>file/</c>).</summary>
public static class AuditDevicePath
{
    public static string Normalize(string? path)
    {
        var trimmed = (path ?? "").Trim('/');
        if (trimmed.Length == 0)
        {
            throw new ValidationException("audit device path is required, e.g. sys/audit/file");
        }

        if (trimmed.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)) || trimmed.Split('/').Any(s => s is "" or "." or ".."))
        {
            throw new ValidationException($"invalid audit device path '{path}': use segments of letters, digits, '-' or '_' separated by '/'");
        }

        return trimmed + "/";
    }
}
