using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Decoding;

/// <summary>
/// What a schema found in a body: attributes by name (enumerating in source order) and blocks in source order.
/// <see cref="MissingItemRange"/> is where to point when something the caller needs is absent.
/// </summary>
public sealed record BodyContent(IReadOnlyDictionary<string, HclAttributeItem> Attributes, IReadOnlyList<HclBlockItem> Blocks, SourceRange MissingItemRange);
