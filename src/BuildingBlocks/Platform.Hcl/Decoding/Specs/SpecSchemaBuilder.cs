namespace Platform.Hcl.Decoding.Specs;

/// <summary>Accumulates the attributes and block types that the specs reading one body ask for.</summary>
internal sealed class SpecSchemaBuilder
{
    private readonly List<AttributeSchema> _attributes = [];
    private readonly List<BlockHeaderSchema> _blocks = [];

    public void Attribute(string name, bool required)
    {
        var existing = _attributes.FindIndex(a => a.Name == name);
        if (existing < 0)
        {
            _attributes.Add(new AttributeSchema(name, required));
        }
        else if (required)
        {
            _attributes[existing] = new AttributeSchema(name, true);
        }
    }

    public void Block(string type, IReadOnlyList<string> labelNames)
    {
        if (!_blocks.Exists(b => b.Type == type))
        {
            _blocks.Add(new BlockHeaderSchema(type, labelNames));
        }
    }

    public BodySchema Build() => new(_attributes.ToList(), _blocks.ToList());
}
