using Platform.Hcl.Decoding;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;

namespace Platform.Host.Config;

/// <summary>
/// Reads one attribute of the server configuration as a CLR value. Values go through HCL's own conversion first, so
/// <c>silo_port = "11111"</c> and <c>tls_disable = "true"</c> work as they do in Vault's HCL; anything that does not
/// convert, and any expression needing variables or functions, is a diagnostic at the value, never an exception.
/// </summary>
internal static class ConfigValueReader
{
    public static string? String(HclAttributeItem attribute, List<Diagnostic> diagnostics) =>
        Read(attribute, HclType.String, diagnostics) is { } value ? value.AsString() : null;

    public static bool? Bool(HclAttributeItem attribute, List<Diagnostic> diagnostics) =>
        Read(attribute, HclType.Bool, diagnostics) is { } value ? value.AsBool() : null;

    public static long? Long(HclAttributeItem attribute, List<Diagnostic> diagnostics)
    {
        if (Read(attribute, HclType.Number, diagnostics) is not { } value)
        {
            return null;
        }

        var number = value.AsNumber();
        if (number.IsInteger && number.TryGetLong(out var result))
        {
            return result;
        }

        diagnostics.Add(Diagnostic.Error(
            "Unsuitable value type",
            $"Unsuitable value for argument \"{attribute.Name}\": a whole number is required, not {number}.",
            attribute.Expression.Range,
            attribute.Range));
        return null;
    }

    /// <summary>A TCP port: 1–65535, or 0 as well when <paramref name="zeroAllowed"/> (0 means "off" there).</summary>
    public static int? Port(HclAttributeItem attribute, bool zeroAllowed, List<Diagnostic> diagnostics)
    {
        if (Long(attribute, diagnostics) is not { } port)
        {
            return null;
        }

        var lowest = zeroAllowed ? 0 : 1;
        if (port < lowest || port > 65535)
        {
            diagnostics.Add(Invalid(attribute, $"\"{attribute.Name}\" must be a port number from {lowest} to 65535, not {port}."));
            return null;
        }

        return (int)port;
    }

    /// <summary>A string that must be one of <paramref name="allowed"/>, with a did-you-mean when it is close to one.</summary>
    public static string? OneOf(HclAttributeItem attribute, IReadOnlyList<string> allowed, List<Diagnostic> diagnostics)
    {
        if (String(attribute, diagnostics) is not { } text)
        {
            return null;
        }

        var normalised = text.ToLowerInvariant();
        if (allowed.Contains(normalised))
        {
            return normalised;
        }

        diagnostics.Add(Invalid(
            attribute,
            $"\"{attribute.Name}\" must be one of {string.Join(", ", allowed)}, not \"{text}\".{NameSuggestion.Suffix(normalised, allowed)}"));
        return null;
    }

    public static Diagnostic Invalid(HclAttributeItem attribute, string detail) =>
        Diagnostic.Error($"Invalid {attribute.Name}", detail, attribute.Expression.Range, attribute.Range);

    private static HclValue? Read(HclAttributeItem attribute, HclType type, List<Diagnostic> diagnostics)
    {
        var (value, evaluation) = attribute.Expression.Evaluate(null);
        diagnostics.AddRange(evaluation);
        if (evaluation.Any(d => d.Severity == Severity.Error))
        {
            return null;
        }

        if (value.IsNull)
        {
            diagnostics.Add(Diagnostic.Error(
                "Missing value",
                $"The argument \"{attribute.Name}\" is null; give it a value or remove it.",
                attribute.Expression.Range,
                attribute.Range));
            return null;
        }

        if (!HclConversion.TryConvert(value, type, out var converted, out var error))
        {
            diagnostics.Add(Diagnostic.Error(
                "Unsuitable value type",
                $"Unsuitable value for argument \"{attribute.Name}\": {(error?.Message ?? HclConversion.MismatchMessage(value.Type, type)).TrimEnd('.')}.",
                attribute.Expression.Range,
                attribute.Range));
            return null;
        }

        return converted;
    }
}
