namespace Platform.Hcl.Json.Syntax;

/// <summary>The lexical tokens of JSON, plus the few mistakes worth naming in a diagnostic (<c>=</c>, stray characters).</summary>
public enum JsonTokenKind
{
    BraceOpen,
    BraceClose,
    BracketOpen,
    BracketClose,
    Colon,
    Comma,
    Equals,
    String,
    Number,
    Keyword,
    Invalid,
    EndOfFile,
}
