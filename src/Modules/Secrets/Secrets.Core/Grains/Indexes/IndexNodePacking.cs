using System.Buffers;
using System.Text;

namespace Platform.Secrets.Grains.Indexes;

/// <summary>
/// An index node's members as one byte array (<see cref="IndexNodeState{TValue}.Packed"/>). The serializer handles a
/// dictionary of strings one tracked reference at a time, comparing each string with every one written before it, and
/// a node is rewritten whole on every change (~3% of a token create's CPU went there). Layout: a format byte, the
/// member count, then per member its UTF-8 length and bytes and its value — a long as an unsigned LEB128 varint of
/// its two's-complement bits, a string as UTF-8 length and bytes. Never change the layout of format 1.
/// </summary>
public static class IndexNodePacking
{
    private const byte Format = 1;
    private const int MaxVar = 10;

    public static byte[] Pack<TValue>(Dictionary<string, TValue> entries)
    {
        // One pass into a buffer sized for the worst case (3 UTF-8 bytes per UTF-16 unit, 10 bytes per varint).
        var bound = 1 + MaxVar;
        foreach (var (member, value) in entries)
        {
            bound += MaxVar + (3 * member.Length) + (typeof(TValue) == typeof(long) ? MaxVar : MaxVar + (3 * ((string)(object)value!).Length));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(bound);
        try
        {
            var span = buffer.AsSpan();
            span[0] = Format;
            var at = 1 + WriteVar(span[1..], (ulong)entries.Count);
            foreach (var (member, value) in entries)
            {
                at += WriteString(span[at..], member);
                at += typeof(TValue) == typeof(long) ? WriteVar(span[at..], (ulong)(long)(object)value!) : WriteString(span[at..], (string)(object)value!);
            }

            return span[..at].ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <exception cref="InvalidDataException">The bytes are not a packed node this version can read.</exception>
    public static Dictionary<string, TValue> Unpack<TValue>(byte[] packed)
    {
        ReadOnlySpan<byte> span = packed;
        if (span.IsEmpty || span[0] != Format)
        {
            throw new InvalidDataException(
                $"An index node is stored in format {(span.IsEmpty ? "(empty)" : span[0])}, which this version cannot read: was the data directory written by a newer platform? Run that version against it.");
        }

        var at = 1;
        var count = checked((int)ReadVar(span, ref at));
        var entries = new Dictionary<string, TValue>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var member = ReadString(span, ref at);
            entries[member] = typeof(TValue) == typeof(long) ? (TValue)(object)(long)ReadVar(span, ref at) : (TValue)(object)ReadString(span, ref at);
        }

        return at == span.Length ? entries : throw new InvalidDataException("An index node has bytes after its last member.");
    }

    private static int WriteString(Span<byte> span, string text)
    {
        // Members are mostly ASCII (hashes, lease paths): the byte count is the length, and one pass writes them.
        if (Ascii.IsValid(text))
        {
            var asciiLength = WriteVar(span, (ulong)text.Length);
            return asciiLength + Encoding.ASCII.GetBytes(text, span[asciiLength..]);
        }

        var length = WriteVar(span, (ulong)Encoding.UTF8.GetByteCount(text));
        return length + Encoding.UTF8.GetBytes(text, span[length..]);
    }

    private static int WriteVar(Span<byte> span, ulong value)
    {
        var at = 0;
        while (value >= 0x80)
        {
            span[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[at++] = (byte)value;
        return at;
    }

    private static string ReadString(ReadOnlySpan<byte> span, ref int at)
    {
        var length = checked((int)ReadVar(span, ref at));
        var text = Encoding.UTF8.GetString(span.Slice(at, length));
        at += length;
        return text;
    }

    private static ulong ReadVar(ReadOnlySpan<byte> span, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var next = span[at++];
            value |= (ulong)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("An index node holds a number longer than 64 bits.");
    }
}
