using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Json.Syntax;

/// <summary><c>[ value, ... ]</c></summary>
public sealed record JsonArraySyntax(IReadOnlyList<JsonSyntaxNode> Items, SourceRange OpenRange, SourceRange Range) : JsonSyntaxNode(Range)
{
    public override SourceRange StartRange => OpenRange;
}
