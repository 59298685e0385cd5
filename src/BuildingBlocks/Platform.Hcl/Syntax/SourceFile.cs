using System.Text;
using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax;

/// <summary>
/// The text a tree was parsed from. Ranges count UTF-8 bytes (as HashiCorp's do), so slicing goes
/// through the UTF-8 form, computed once on first use.
/// </summary>
public sealed class SourceFile(string filename, string text)
{
    private byte[]? _utf8;

    public string Filename { get; } = filename;

    public string Text { get; } = text;

    public ReadOnlySpan<byte> Utf8 => _utf8 ??= Encoding.UTF8.GetBytes(Text);

    /// <summary>The exact source text a range covers.</summary>
    public string Slice(SourceRange range)
    {
        var bytes = Utf8;
        var start = Math.Clamp(range.Start.Byte, 0, bytes.Length);
        var end = Math.Clamp(range.End.Byte, start, bytes.Length);
        return Encoding.UTF8.GetString(bytes[start..end]);
    }
}
