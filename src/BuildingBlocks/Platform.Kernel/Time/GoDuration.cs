using System.Globalization;
using System.Text;

namespace Platform.Kernel.Time;

/// <summary>
/// Durations printed the way Go prints them (<c>768h0m0s</c>): Vault's warnings and its CLI's tables use that form,
/// and clients compare the text.
/// </summary>
public static class GoDuration
{
    /// <summary>Go's <c>Duration.String()</c> for whole seconds: <c>0s</c>, <c>45s</c>, <c>1m30s</c>, <c>768h0m0s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        var seconds = (long)duration.TotalSeconds;
        if (seconds == 0)
        {
            return "0s";
        }

        var text = new StringBuilder();
        if (seconds < 0)
        {
            text.Append('-');
            seconds = -seconds;
        }

        var hours = seconds / 3600;
        var minutes = seconds / 60 % 60;
        if (hours > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{hours}h");
        }

        if (hours > 0 || minutes > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{minutes}m");
        }

        text.Append(CultureInfo.InvariantCulture, $"{seconds % 60}s");
        return text.ToString();
    }
}
