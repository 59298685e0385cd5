using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Decoding;

/// <summary>An attribute definition found in a body. Range spans name to value; NameRange just the name.</summary>
public sealed record HclAttributeItem(string Name, IHclExpression Expression, SourceRange Range, SourceRange NameRange);
