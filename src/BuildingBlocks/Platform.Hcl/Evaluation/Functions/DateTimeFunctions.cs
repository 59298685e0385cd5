using System.Globalization;
using System.Text;
using static Platform.Hcl.Evaluation.Functions.FunctionTable;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's time functions. <c>timestamp</c> reads the given <see cref="TimeProvider"/> so tests can fix the
/// clock; <c>formatdate</c> implements Terraform's own format language (YYYY, MMM, hh, ZZZ, 'quoted text').
/// </summary>
internal static class DateTimeFunctions
{
    public static IEnumerable<KeyValuePair<string, HclFunction>> All(TimeProvider clock)
    {
        // Go's time.RFC3339 layout has no fractional seconds, so Terraform's timestamp() drops them.
        yield return new("timestamp", Define([], HclType.String, _ => Str(Rfc3339.Format(WholeSecondsUtc(clock.GetUtcNow())))));

        // Terraform fixes this one at plan time; here the same clock stands for "the time of this evaluation".
        yield return new("plantimestamp", Define([], HclType.String, _ => Str(Rfc3339.Format(WholeSecondsUtc(clock.GetUtcNow())))));
        yield return new("formatdate", Define([Param("format", HclType.String), Param("time", HclType.String)], HclType.String,
            a => Str(FormatDate(a[0].AsString(), Rfc3339.Parse(a[1].AsString(), 1)))));
        yield return new("timeadd", Define([Param("timestamp", HclType.String), Param("duration", HclType.String)], HclType.String,
            a => Str(Rfc3339.Format(TimeAdd(Rfc3339.Parse(a[0].AsString(), 0), GoDuration.Parse(a[1].AsString(), 1))))));
        yield return new("timecmp", Define([Param("timestamp_a", HclType.String), Param("timestamp_b", HclType.String)], HclType.Number,
            a => Num(Rfc3339.Parse(a[0].AsString(), 0).UtcDateTime.CompareTo(Rfc3339.Parse(a[1].AsString(), 1).UtcDateTime))));
    }

    // Go's time reaches far past year 9999 (Terraform prints "10000-01-01T01:00:00Z"); .NET's stops there, so
    // a result outside years 1-9999 is reported instead of computed.
    private static DateTimeOffset TimeAdd(DateTimeOffset time, TimeSpan duration)
    {
        var utcTicks = (decimal)time.UtcTicks + duration.Ticks;
        var localTicks = utcTicks + time.Offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks
            || localTicks < DateTime.MinValue.Ticks || localTicks > DateTime.MaxValue.Ticks)
        {
            throw new FunctionCallException(1, "the resulting timestamp is outside years 1 to 9999, which this implementation cannot represent");
        }

        return time.Add(duration);
    }

    private static DateTimeOffset WholeSecondsUtc(DateTimeOffset now) =>
        new(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static string FormatDate(string format, DateTimeOffset time)
    {
        var output = new StringBuilder();
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i];
            if (c == '\'')
            {
                i = Quoted(format, i, output);
                continue;
            }

            if (!char.IsAsciiLetter(c))
            {
                output.Append(c);
                i++;
                continue;
            }

            var start = i;
            while (i < format.Length && format[i] == c)
            {
                i++;
            }

            output.Append(Verb(format[start..i], time));
        }

        return output.ToString();
    }

    private static int Quoted(string format, int i, StringBuilder output)
    {
        if (i + 1 < format.Length && format[i + 1] == '\'')
        {
            output.Append('\'');
            return i + 2;
        }

        // Inside quotes, a doubled quote is a literal quote.
        for (var pos = i + 1; pos < format.Length; pos++)
        {
            if (format[pos] != '\'')
            {
                output.Append(format[pos]);
            }
            else if (pos + 1 < format.Length && format[pos + 1] == '\'')
            {
                output.Append('\'');
                pos++;
            }
            else
            {
                return pos + 1;
            }
        }

        throw new FunctionCallException(0, "unterminated literal '");
    }

    private static string Verb(string token, DateTimeOffset t)
    {
        var c = CultureInfo.InvariantCulture;
        var hour12 = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
        return token switch
        {
            "YYYY" => t.Year.ToString("0000", c),
            "YY" => (t.Year % 100).ToString("00", c),
            "MMMM" => c.DateTimeFormat.GetMonthName(t.Month),
            "MMM" => c.DateTimeFormat.GetAbbreviatedMonthName(t.Month),
            "MM" => t.Month.ToString("00", c),
            "M" => t.Month.ToString(c),
            "DD" => t.Day.ToString("00", c),
            "D" => t.Day.ToString(c),
            "EEEE" => t.DayOfWeek.ToString(),
            "EEE" => t.DayOfWeek.ToString()[..3],
            "hh" => t.Hour.ToString("00", c),
            "h" => t.Hour.ToString(c),
            "HH" => hour12.ToString("00", c),
            "H" => hour12.ToString(c),
            "AA" => t.Hour < 12 ? "AM" : "PM",
            "aa" => t.Hour < 12 ? "am" : "pm",
            "mm" => t.Minute.ToString("00", c),
            "m" => t.Minute.ToString(c),
            "ss" => t.Second.ToString("00", c),
            "s" => t.Second.ToString(c),
            "ZZZZZ" => Rfc3339.Offset(t.Offset, null, colon: true),
            "ZZZZ" => Rfc3339.Offset(t.Offset, null, colon: false),
            "ZZZ" => t.Offset == TimeSpan.Zero ? "UTC" : Rfc3339.Offset(t.Offset, null, colon: false),
            "Z" => Rfc3339.Offset(t.Offset, "Z", colon: true),
            _ => throw new FunctionCallException(0, $"invalid date format verb \"{token}\": unsupported sequence"),
        };
    }
}
