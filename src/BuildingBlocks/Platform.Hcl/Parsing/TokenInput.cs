using Sprache;

namespace Platform.Hcl.Parsing;

/// <summary>
/// Sprache's view of the parser's token stream: an immutable position (a token index) that the structural
/// grammar threads through its combinators. <see cref="Current"/> is the token kind, not a character: only
/// our own token primitives read it, never Sprache's character parsers.
/// </summary>
internal sealed class TokenInput(HclSyntaxParser parser, int index) : IInput
{
    public HclSyntaxParser Parser => parser;

    public int Position => index;

    public string Source => parser.SourceText;

    public char Current => (char)parser.KindAt(index);

    public bool AtEnd => parser.KindAt(index) == HclTokenKind.EOF;

    public int Line => parser.StartAt(index).Line;

    public int Column => parser.StartAt(index).Column;

    /// <summary>Kept by the parser per position, so the millions of inputs a large file goes through stay small.</summary>
    public IDictionary<object, object> Memos => parser.MemosAt(index);

    public IInput Advance() => new TokenInput(parser, AtEnd ? index : index + 1);

    public bool Equals(IInput? other) => other is TokenInput input && ReferenceEquals(input.Parser, parser) && input.Position == index;

    public override bool Equals(object? obj) => Equals(obj as IInput);

    public override int GetHashCode() => index;

    public override string ToString() => $"token {index} ({(HclTokenKind)Current})";
}
