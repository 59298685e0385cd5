using System.Text;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax;

namespace Platform.Hcl.Json.Hcl2Json;

/// <summary>Cuts expressions' source text out of the file, the way hcl2json does.</summary>
internal sealed class SourceSlicer(SourceFile source)
{
    /// <summary>
    /// The bytes the range covers, plus one: hcl2json also takes the next byte when it is <c>)</c> (a
    /// workaround it kept from hcl versions whose ranges stopped short of a closing parenthesis). With
    /// correct ranges the next byte is never a <c>)</c> in a file that parses, but the rule is kept so any
    /// range we get wrong shows up the same way it would in hcl2json.
    /// </summary>
    public string Slice(SourceRange range)
    {
        var bytes = source.Utf8;
        var start = Math.Clamp(range.Start.Byte, 0, bytes.Length);
        var end = Math.Clamp(range.End.Byte, start, bytes.Length);
        if (end < bytes.Length && bytes[end] == (byte)')')
        {
            end++;
        }

        return Encoding.UTF8.GetString(bytes[start..end]);
    }

    /// <summary>An expression kept as-is: <c>"${" + its source + "}"</c>.</summary>
    public string Wrap(SourceRange range) => "${" + Slice(range) + "}";
}
