using System.Globalization;

namespace Platform.Kernel.Http;

/// <summary>
/// Durations as Vault reads them (its <c>parseutil.ParseDurationSecond</c>): a bare integer is seconds
/// (<c>3600</c>, <c>"3600"</c>), <c>"7d"</c> is days, anything else is a Go duration (<c>"1h30m"</c>, <c>"1.5h"</c>,
/// <c>"300ms"</c>). The empty string is zero, which every caller treats as "not set".
/// </summary>
public static class VaultDuration
{
    public static TimeSpan Parse(string text) =>
        TryParse(text, out var duration, out var error) ? duration : throw new FormatException(error);

    public static bool TryParse(string? text, out TimeSpan duration, out string error)
    {
        duration = TimeSpan.Zero;
        error = "";
        text = text?.Trim() ?? "";
        if (text.Length == 0)
        {
            return true;
        }

        if (text[^1] is >= '0' and <= '9')
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds) && Math.Abs(seconds) <= (long)TimeSpan.MaxValue.TotalSeconds)
            {
                duration = TimeSpan.FromSeconds(seconds);
                return true;
            }

            error = $"invalid duration \"{text}\": a number of seconds or a duration such as \"1h30m\"";
            return false;
        }

        if (text[^1] == 'd' && long.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days))
        {
            if (Math.Abs(days) > (long)TimeSpan.MaxValue.TotalDays)
            {
                error = $"invalid duration \"{text}\": too large";
                return false;
            }

            duration = TimeSpan.FromDays(days);
            return true;
        }

        return TryParseGo(text, out duration, out error);
    }

    /// <summary>Go's <c>time.ParseDuration</c>: an optional sign, then number+unit pairs (ns, us, µs, ms, s, m, h).</summary>
    private static bool TryParseGo(string text, out TimeSpan duration, out string error)
    {
        duration = TimeSpan.Zero;
        error = $"invalid duration \"{text}\": use seconds or a duration such as \"90s\", \"15m\" or \"1h30m\"";
        var span = text.AsSpan();
        var negative = false;
        if (span.Length > 0 && span[0] is '-' or '+')
        {
            negative = span[0] == '-';
            span = span[1..];
        }

        if (span is "0")
        {
            return true;
        }

        if (span.IsEmpty)
        {
            return false;
        }

        decimal ticks = 0;
        while (!span.IsEmpty)
        {
            var digits = 0;
            while (digits < span.Length && (char.IsAsciiDigit(span[digits]) || span[digits] == '.'))
            {
                digits++;
            }

            if (digits == 0 || !decimal.TryParse(span[..digits], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            span = span[digits..];
            var unitLength = 0;
            while (unitLength < span.Length && !char.IsAsciiDigit(span[unitLength]) && span[unitLength] != '.')
            {
                unitLength++;
            }

            decimal? ticksPerUnit = span[..unitLength] switch
            {
                "ns" => 0.01m,
                "us" or "µs" or "μs" => TimeSpan.TicksPerMicrosecond,
                "ms" => TimeSpan.TicksPerMillisecond,
                "s" => TimeSpan.TicksPerSecond,
                "m" => TimeSpan.TicksPerMinute,
                "h" => TimeSpan.TicksPerHour,
                _ => null,
            };
            if (ticksPerUnit is not { } perUnit)
            {
                error = unitLength == 0
                    ? $"invalid duration \"{text}\": missing unit (ns, us, ms, s, m or h)"
                    : $"invalid duration \"{text}\": unknown unit \"{span[..unitLength]}\"";
                return false;
            }

            try
            {
                ticks += number * perUnit;
            }
            catch (OverflowException)
            {
                error = $"invalid duration \"{text}\": too large";
                return false;
            }

            span = span[unitLength..];
        }

        if (ticks > TimeSpan.MaxValue.Ticks)
        {
            error = $"invalid duration \"{text}\": too large";
            return false;
        }

        duration = TimeSpan.FromTicks((long)decimal.Truncate(negative ? -ticks : ticks));
        return true;
    }
}
