using System.Globalization;
using Platform.Kernel.Errors;

namespace Platform.Secrets.Domain.Audit;

/// <summary>
/// The options of Vault's <c>file</c> audit device, validated. Vault accepts the target as <c>file_path</c> or the
/// older <c>path</c>. <c>log_raw</c> would write tokens and secrets in the clear, so only <c>false</c> is accepted;
/// <c>hmac_accessor=false</c> leaves accessors readable (they are not tokens), as Vault allows.
/// </summary>
/// <param name="Mode">Unix permissions for a file the device creates (Vault's default 0600).</param>
public sealed record FileAuditDeviceOptions(string FilePath, bool HmacAccessor, UnixFileMode Mode)
{
    public const string DeviceType = "file";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "file_path", "path", "hmac_accessor", "log_raw", "mode", "format", "prefix", "elide_list_responses", "fallback", "filter", "exclude",
    };

    /// <exception cref="ValidationException">Every problem found, each naming the option and what to do.</exception>
    public static FileAuditDeviceOptions Parse(string type, IReadOnlyDictionary<string, string> options)
    {
        var errors = new List<string>();
        if (type != DeviceType)
        {
            errors.Add(string.IsNullOrEmpty(type)
                ? "missing audit device type: set 'type' to \"file\""
                : $"unknown audit device type '{type}': only \"file\" is supported");
        }

        var path = options.GetValueOrDefault("file_path") ?? options.GetValueOrDefault("path");
        if (string.IsNullOrWhiteSpace(path))
        {
            errors.Add("file_path is required: set options.file_path to the file the entries are appended to");
        }
        else if (!System.IO.Path.IsPathFullyQualified(path))
        {
            errors.Add($"file_path '{path}' must be an absolute path");
        }

        var hmacAccessor = Flag(options, "hmac_accessor", true, errors);
        if (Flag(options, "log_raw", false, errors))
        {
            errors.Add("log_raw=true is refused: it would write tokens and secrets to the log in the clear");
        }

        if (options.GetValueOrDefault("format") is { } format && format != "json")
        {
            errors.Add($"format '{format}' is not supported: only \"json\"");
        }

        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (options.GetValueOrDefault("mode") is { } text)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _) && text.All(c => c is >= '0' and <= '7')
                && Convert.ToInt32(text, 8) is var bits && bits is > 0 and <= 0x1FF)
            {
                mode = (UnixFileMode)bits;
            }
            else
            {
                errors.Add($"mode '{text}' must be octal file permissions such as 0600");
            }
        }

        errors.AddRange(options.Keys.Where(k => !Known.Contains(k)).Order(StringComparer.Ordinal)
            .Select(k => $"unknown option '{k}' for the file audit device"));
        return errors.Count > 0 ? throw new ValidationException(errors) : new FileAuditDeviceOptions(path!, hmacAccessor, mode);
    }

    private static bool Flag(IReadOnlyDictionary<string, string> options, string name, bool fallback, List<string> errors)
    {
        if (options.GetValueOrDefault(name) is not { } text)
        {
            return fallback;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add($"{name} must be true or false, not '{text}'");
        return fallback;
    }
}
