using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// Blocks of type <see cref="TypeName"/> with one label per entry of <see cref="LabelNames"/>, as nested maps keyed
/// by those labels (one map level per label) of the nested spec's values. Two blocks with the same labels are an error.
/// </summary>
public sealed class BlockMapSpec : HclSpec
{
    public BlockMapSpec(string typeName, IReadOnlyList<string> labelNames, HclSpec nested)
    {
        // A map needs keys: with no labels there is nothing to key by (the spec reader reports this as a diagnostic).
        ArgumentOutOfRangeException.ThrowIfZero(labelNames.Count, nameof(labelNames));
        TypeName = typeName;
        LabelNames = labelNames;
        Nested = nested;
    }

    public string TypeName { get; }

    public IReadOnlyList<string> LabelNames { get; }

    public HclSpec Nested { get; }

    public override HclType ImpliedType => LabelNames.Aggregate(Nested.ImpliedType, (inner, _) => HclType.Map(inner));

    internal override void AddToSchema(SpecSchemaBuilder schema) => schema.Block(TypeName, LabelNames);

    internal override HclValue Decode(BodyContent content, SpecDecodeScope scope)
    {
        var root = new Level();
        foreach (var block in content.Blocks.Where(b => b.Type == TypeName))
        {
            var value = HclSpecDecoder.DecodeBody(block.Body, Nested, scope with { BlockLabels = block.Labels });
            var level = root;
            foreach (var label in block.Labels.Take(block.Labels.Count - 1))
            {
                if (!level.Children.TryGetValue(label, out var child))
                {
                    child = new Level();
                    level.Children.Add(label, child);
                    level.Order.Add(label);
                }

                level = child;
            }

            var key = block.Labels[^1];
            if (level.Values.ContainsKey(key))
            {
                var described = string.Join(", ", LabelNames.Zip(block.Labels, (name, v) => $"{name} \"{v}\""));
                scope.Diagnostics.Add(Diagnostic.Error(
                    $"Duplicate {TypeName} block",
                    $"A block for {described} was already defined. The {TypeName} labels must be unique.",
                    block.DefRange));
                continue;
            }

            level.Values.Add(key, value);
            level.Order.Add(key);
        }

        return Build(root, LabelNames.Count);
    }

    private HclValue Build(Level level, int depth)
    {
        var innerType = LabelNames.Skip(LabelNames.Count - depth + 1).Aggregate(Nested.ImpliedType, (inner, _) => HclType.Map(inner));
        var entries = level.Order
            .Select(key => KeyValuePair.Create(key, depth == 1 ? level.Values[key] : Build(level.Children[key], depth - 1)))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
        return CollectionBuilder.MapOrObject(entries, innerType);
    }

    internal override void CollectVariables(BodyContent content, List<HclTraversal> found)
    {
        foreach (var block in content.Blocks.Where(b => b.Type == TypeName))
        {
            HclSpecDecoder.CollectBodyVariables(block.Body, Nested, found);
        }
    }

    private sealed class Level
    {
        public Dictionary<string, Level> Children { get; } = [];

        public Dictionary<string, HclValue> Values { get; } = [];

        public List<string> Order { get; } = [];
    }
}
