namespace Platform.Host.Tests.Support;

/// <summary>The server's log lines, kept in memory. The server's sink locks on <see cref="Writer"/> while writing.</summary>
internal sealed class LogCapture
{
    public StringWriter Writer { get; } = new();

    public string Text
    {
        get
        {
            lock (Writer)
            {
                return Writer.ToString();
            }
        }
    }
}
