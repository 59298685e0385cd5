using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// RFC 3339 timestamps as Terraform reads and writes them: parsing keeps the written UTC offset (results are
/// shown in it), and output has no fractional seconds unless there are some, with "Z" for UTC.
/// </summary>
internal static partial class Rfc3339
{
    public static DateTimeOffset Parse(string text, int argumentIndex)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            throw new FunctionCallException(argumentIndex, $"not a valid RFC3339 timestamp: cannot use \"{text}\" as a timestamp in the format YYYY-MM-DDThh:mm:ssZ");
        }

        int Part(string name) => int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        var offset = match.Groups["z"].Value is "Z" or "z"
            ? TimeSpan.Zero
            : new TimeSpan(Part("oh"), Part("om"), 0) * (match.Groups["sign"].Value == "-" ? -1 : 1);
        try
        {
            var value = new DateTimeOffset(Part("y"), Part("mo"), Part("d"), Part("h"), Part("mi"), Part("s"), offset);
            if (match.Groups["frac"].Success)
            {
                var fraction = match.Groups["frac"].Value.PadRight(7, '0')[..7];
                value = value.AddTicks(long.Parse(fraction, CultureInfo.InvariantCulture));
            }

            return value;
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new FunctionCallException(argumentIndex, $"not a valid RFC3339 timestamp: \"{text}\" is out of range");
        }
    }

    public static string Format(DateTimeOffset value)
    {
        var text = value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var ticks = value.Ticks % TimeSpan.TicksPerSecond;
        if (ticks != 0)
        {
            text += "." + ticks.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0');
        }

        return text + Offset(value.Offset, "Z", colon: true);
    }

    /// <summary>Go's "Z07:00" (utcText "Z") or "-0700" (utcText null, no colon) offset layouts.</summary>
    public static string Offset(TimeSpan offset, string? utcText, bool colon)
    {
        if (offset == TimeSpan.Zero && utcText is not null)
        {
            return utcText;
        }

        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return $"{sign}{abs.Hours:00}{(colon ? ":" : "")}{abs.Minutes:00}";
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})[Tt](?<h>\d{2}):(?<mi>\d{2}):(?<s>\d{2})(\.(?<frac>\d+))?(?<z>[Zz]|(?<sign>[+-])(?<oh>\d{2}):(?<om>\d{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
