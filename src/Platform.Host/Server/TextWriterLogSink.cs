using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Platform.Host.Server;

/// <summary>
/// Writes formatted log events to a <see cref="TextWriter"/> of the caller's (the console sink only knows the real
/// console). Events arrive from many threads, so writes are serialised on the writer.
/// </summary>
internal sealed class TextWriterLogSink(ITextFormatter formatter, TextWriter output) : ILogEventSink
{
    public void Emit(LogEvent logEvent)
    {
        lock (output)
        {
            formatter.Format(logEvent, output);
            output.Flush();
        }
    }
}
