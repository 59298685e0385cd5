using System.Buffers;
using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Parsing;

/// <summary>
/// The scanner's tokens in compact form (24 bytes each instead of the 36 of a <see cref="Token"/>; a 20 MB file
/// has over three million). Each entry keeps its kind, char offsets and end position only: a token's start
/// position is derived from the previous token's end, because only spaces and tabs (one byte and one column
/// each) ever lie between two tokens. The indexer hands out full <see cref="Token"/> values.
/// The storage is rented from the shared array pool and given back by <see cref="Dispose"/> once the parse is
/// done (the tree never refers to tokens): for a large file it is tens of megabytes on the large-object heap,
/// which allocated afresh on every parse would force full garbage collections.
/// </summary>
internal sealed class TokenList : IDisposable
{
    private struct Entry
    {
        public int Start;
        public int End;
        public SourcePos EndPos;
        public HclTokenKind Kind;
    }

    private Entry[] _entries;
    private SourcePos _firstStart;

    public TokenList(int capacity) => _entries = ArrayPool<Entry>.Shared.Rent(Math.Max(16, capacity));

    public int Count { get; private set; }

    public Token this[int index]
    {
        get
        {
            ref readonly var entry = ref _entries[index];
            return new Token(entry.Kind, entry.Start, entry.End, StartPosOf(index), entry.EndPos);
        }
    }

    public HclTokenKind KindAt(int index) => _entries[index].Kind;

    public int EndAt(int index) => _entries[index].End;

    public SourcePos StartPosOf(int index)
    {
        if (index == 0) return _firstStart;
        ref readonly var previous = ref _entries[index - 1];
        var gap = _entries[index].Start - previous.End;
        var end = previous.EndPos;
        return gap == 0 ? end : new SourcePos(end.Line, end.Column + gap, end.Byte + gap);
    }

    public void Add(HclTokenKind kind, int start, int end, SourcePos startPos, SourcePos endPos)
    {
        if (Count == 0) _firstStart = startPos;
        if (Count == _entries.Length) Grow();
        ref var entry = ref _entries[Count++];
        entry.Kind = kind;
        entry.Start = start;
        entry.End = end;
        entry.EndPos = endPos;
        System.Diagnostics.Debug.Assert(StartPosOf(Count - 1) == startPos, "only spaces and tabs may lie between tokens");
    }

    private void Grow()
    {
        var larger = ArrayPool<Entry>.Shared.Rent(_entries.Length + _entries.Length / 2);
        Array.Copy(_entries, larger, Count);
        ArrayPool<Entry>.Shared.Return(_entries);
        _entries = larger;
    }

    public void Dispose()
    {
        if (_entries.Length == 0) return;
        ArrayPool<Entry>.Shared.Return(_entries);
        _entries = [];
    }
}
