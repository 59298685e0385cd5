using Platform.Kernel.Errors;

namespace Platform.Secrets.Domain.Mounts;

/// <summary>
/// Checks a request path before it is routed to a mount. HTTP servers quietly resolve <c>..</c> and <c>.</c>
/// segments (so <c>secret/a/../b</c> would write <c>secret/b</c>); Vault refuses such paths, and so do we, looking at
/// the path as the client sent it, percent-escapes decoded. Control characters (NUL included) are refused too.
/// </summary>
public static class RequestPath
{
    /// <param name="rawPath">The path part of the request target exactly as received (no query string).</param>
    public static void Validate(string rawPath) => ValidateDecoded(Uri.UnescapeDataString(rawPath));

    /// <summary>The same rules on a path the server has already decoded (hosts that do not expose the raw target).</summary>
    public static void ValidateDecoded(string decoded)
    {
        foreach (var segment in decoded.Split('/'))
        {
            if (segment is "." or "..")
            {
                throw new ValidationException("invalid request path: '.' and '..' segments are not allowed");
            }
        }

        if (decoded.Any(char.IsControl))
        {
            throw new ValidationException("invalid request path: control characters are not allowed");
        }
    }
}
