using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Json.Syntax;

/// <summary><c>{ "name": value, ... }</c>, properties in source order, duplicate names preserved.</summary>
public sealed record JsonObjectSyntax(IReadOnlyList<JsonPropertySyntax> Properties, SourceRange OpenRange, SourceRange CloseRange, SourceRange Range)
    : JsonSyntaxNode(Range)
{
    public override SourceRange StartRange => OpenRange;
}
