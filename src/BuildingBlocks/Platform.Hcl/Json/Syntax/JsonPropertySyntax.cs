using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Json.Syntax;

/// <summary>One <c>"name": value</c> of an object. NameRange covers the quoted name.</summary>
public sealed record JsonPropertySyntax(string Name, SourceRange NameRange, JsonSyntaxNode Value)
{
    public SourceRange Range => SourceRange.Between(NameRange, Value.Range);
}
