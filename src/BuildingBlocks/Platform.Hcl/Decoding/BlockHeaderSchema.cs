namespace Platform.Hcl.Decoding;

/// <summary>A block type a body may contain, and the names of its labels (their count is enforced; the names appear in messages).</summary>
public sealed record BlockHeaderSchema(string Type, IReadOnlyList<string> LabelNames)
{
    public BlockHeaderSchema(string type)
        : this(type, [])
    {
    }
}
