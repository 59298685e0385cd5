using System.Globalization;

namespace Platform.Secrets.Domain.Policies;

/// <summary>
/// Durations as Vault's policy fields accept them: a whole number of seconds (<c>300</c> or <c>"300"</c>) or a Go
/// duration string (<c>"5m"</c>, <c>"1h30m"</c>, <c>"1.5s"</c>).
/// </summary>
public static class PolicyDuration
{
    private static readonly (string Unit, double Seconds)[] Units =
    [
        ("ns", 1e-9), ("us", 1e-6), ("µs", 1e-6), ("μs", 1e-6), ("ms", 1e-3), ("s", 1), ("m", 60), ("h", 3600),
    ];

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            duration = TimeSpan.FromSeconds(seconds);
            return true;
        }

        var span = text.AsSpan();
        var total = 0.0;
        while (!span.IsEmpty)
        {
            var numberLength = 0;
            while (numberLength < span.Length && (char.IsAsciiDigit(span[numberLength]) || span[numberLength] == '.'))
            {
                numberLength++;
            }

            if (numberLength == 0 || !double.TryParse(span[..numberLength], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            span = span[numberLength..];
            (string Unit, double Seconds) unit = default;
            foreach (var candidate in Units)
            {
                // "ms" before "m": the longer unit that fits is the one meant.
                if (span.StartsWith(candidate.Unit, StringComparison.Ordinal) && (unit.Unit is null || candidate.Unit.Length > unit.Unit.Length))
                {
                    unit = candidate;
                }
            }

            if (unit.Unit is null)
            {
                return false;
            }

            total += amount * unit.Seconds;
            span = span[unit.Unit.Length..];
        }

        duration = TimeSpan.FromSeconds(total);
        return true;
    }
}
