namespace Platform.Hcl.Decoding;

/// <summary>What a caller expects in a body: the attribute names (and which are required) and the block types with their label names.</summary>
public sealed record BodySchema(IReadOnlyList<AttributeSchema> Attributes, IReadOnlyList<BlockHeaderSchema> Blocks)
{
    public static readonly BodySchema Empty = new([], []);
}
