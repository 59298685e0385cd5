using Platform.Hcl.Decoding;
using Platform.Hcl.Syntax;

namespace Platform.Hcl.Json.Syntax;

/// <summary>A parsed <c>.hcl.json</c>/<c>.tf.json</c> file: its root JSON value, the body over it, and its source.</summary>
public sealed record JsonConfigFile(JsonSyntaxNode Root, SourceFile Source)
{
    public IHclBody Body { get; } = new JsonBody(Root);
}
