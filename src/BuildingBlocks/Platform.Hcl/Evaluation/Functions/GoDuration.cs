using System.Globalization;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>Go's time.ParseDuration syntax ("1h30m", "-2.5s", "300ms"), which <c>timeadd</c> accepts.</summary>
internal static class GoDuration
{
    private static readonly (string Unit, double Ticks)[] Units =
    [
        ("ns", 0.01), ("us", 10), ("µs", 10), ("μs", 10), ("ms", TimeSpan.TicksPerMillisecond),
        ("s", TimeSpan.TicksPerSecond), ("m", TimeSpan.TicksPerMinute), ("h", TimeSpan.TicksPerHour),
    ];

    private const double MaxTicks = long.MaxValue / 100.0;

    public static TimeSpan Parse(string text, int argumentIndex)
    {
        var invalid = new FunctionCallException(argumentIndex, $"time: invalid duration \"{text}\"");
        var pos = 0;
        var negative = false;
        if (pos < text.Length && text[pos] is '+' or '-')
        {
            negative = text[pos] == '-';
            pos++;
        }

        if (text[pos..] == "0")
        {
            return TimeSpan.Zero;
        }

        if (pos >= text.Length)
        {
            throw invalid;
        }

        double ticks = 0;
        while (pos < text.Length)
        {
            var start = pos;
            while (pos < text.Length && (char.IsAsciiDigit(text[pos]) || text[pos] == '.'))
            {
                pos++;
            }

            if (pos == start || !double.TryParse(text.AsSpan(start, pos - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                throw invalid;
            }

            var unitStart = pos;
            while (pos < text.Length && !char.IsAsciiDigit(text[pos]) && text[pos] != '.')
            {
                pos++;
            }

            var unit = text[unitStart..pos];
            if (unit.Length == 0)
            {
                throw new FunctionCallException(argumentIndex, $"time: missing unit in duration \"{text}\"");
            }

            var match = Units.FirstOrDefault(u => u.Unit == unit);
            if (match.Unit is null)
            {
                throw new FunctionCallException(argumentIndex, $"time: unknown unit \"{unit}\" in duration \"{text}\"");
            }

            ticks += amount * match.Ticks;
        }

        // Go keeps a duration in int64 nanoseconds and calls anything longer (about 2,562,047 hours) invalid.
        if (ticks > MaxTicks)
        {
            throw invalid;
        }

        var span = TimeSpan.FromTicks((long)Math.Round(ticks));
        return negative ? -span : span;
    }
}
