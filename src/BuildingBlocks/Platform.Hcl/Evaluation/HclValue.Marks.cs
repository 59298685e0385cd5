using System.Collections.Immutable;

namespace Platform.Hcl.Evaluation;

// Marks: cty keeps them on the value they were applied to; operations unmark their operands and mark the
// result with the union (HclFunction.Call and the evaluator do that in one place each).
public sealed partial class HclValue
{
    public bool HasMark(string mark) => Marks.Contains(mark);

    public HclValue Mark(string mark) => Marks.Contains(mark) ? this : new HclValue(Type, _payload, Marks.Add(mark));

    /// <summary>This value with <paramref name="marks"/> added to its own.</summary>
    public HclValue WithMarks(IEnumerable<string> marks)
    {
        var union = Marks.Union(marks);
        return union.Count == Marks.Count ? this : new HclValue(Type, _payload, union);
    }

    /// <summary>This value without its own marks (nested elements keep theirs), and those marks.</summary>
    public (HclValue Value, ImmutableHashSet<string> Marks) Unmark() =>
        Marks.IsEmpty ? (this, Marks) : (new HclValue(Type, _payload), Marks);

    /// <summary>This value with no marks anywhere inside it, and every mark that was removed.</summary>
    public (HclValue Value, ImmutableHashSet<string> Marks) UnmarkDeep()
    {
        // Most values carry no marks at all: answer without rebuilding the value.
        if (!ContainsMarked())
        {
            return (this, NoMarks);
        }

        var found = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var value = UnmarkDeep(found);
        return (value, found.ToImmutable());
    }

    /// <summary>True when this value or anything inside it is marked.</summary>
    public bool ContainsMarked()
    {
        if (IsMarked)
        {
            return true;
        }

        return _payload switch
        {
            ImmutableArray<HclValue> items => items.Any(i => i.ContainsMarked()),
            ImmutableSortedDictionary<string, HclValue> entries => entries.Values.Any(v => v.ContainsMarked()),
            _ => false,
        };
    }

    private HclValue UnmarkDeep(ImmutableHashSet<string>.Builder found)
    {
        found.UnionWith(Marks);
        object? payload = _payload switch
        {
            ImmutableArray<HclValue> items => items.Select(i => i.UnmarkDeep(found)).ToImmutableArray(),
            ImmutableSortedDictionary<string, HclValue> entries => entries.ToImmutableSortedDictionary(
                e => e.Key, e => e.Value.UnmarkDeep(found), StringComparer.Ordinal),
            _ => _payload,
        };

        // Unmarking set elements can make two of them equal, so a set is rebuilt through its normal constructor.
        if (Type.IsSet && payload is ImmutableArray<HclValue> setItems)
        {
            payload = HclSetOrder.Normalize(setItems);
        }

        return new HclValue(Type, payload);
    }
}
