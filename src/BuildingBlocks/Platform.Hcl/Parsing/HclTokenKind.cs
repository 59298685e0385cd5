namespace Platform.Hcl.Parsing;

/// <summary>
/// The kinds of token the native-syntax scanner produces; they mirror hclsyntax's token types so that
/// diagnostics and the formatter can reason about the same units HashiCorp's tools do.
/// The last group (bitwise operators, quotes, invalid characters...) never form valid HCL: the scanner
/// recognises them only so the parser can say what is wrong.
/// </summary>
public enum HclTokenKind
{
    OBrace,
    CBrace,
    OBrack,
    CBrack,
    OParen,
    CParen,

    /// <summary>The <c>"</c> opening a quoted template.</summary>
    OQuote,

    /// <summary>The <c>"</c> closing a quoted template.</summary>
    CQuote,

    /// <summary><c>&lt;&lt;EOT</c> or <c>&lt;&lt;-EOT</c> including the newline that ends the introducer line.</summary>
    OHeredoc,

    /// <summary>The heredoc's closing marker line, leading spaces included, newline excluded.</summary>
    CHeredoc,

    Star,
    Slash,
    Plus,
    Minus,
    Percent,
    Equal,
    EqualOp,
    NotEqual,
    LessThan,
    LessThanEq,
    GreaterThan,
    GreaterThanEq,
    And,
    Or,
    Bang,
    Dot,
    Comma,
    DoubleColon,
    Ellipsis,
    FatArrow,
    Question,
    Colon,

    /// <summary><c>${</c> or <c>${~</c>.</summary>
    TemplateInterp,

    /// <summary><c>%{</c> or <c>%{~</c>.</summary>
    TemplateControl,

    /// <summary>The <c>}</c> or <c>~}</c> closing an interpolation or directive.</summary>
    TemplateSeqEnd,

    /// <summary>Literal text inside a quoted string; may hold backslash escapes.</summary>
    QuotedLit,

    /// <summary>Literal text of a heredoc or bare template; one token per line (newline included).</summary>
    StringLit,

    NumberLit,
    Ident,

    /// <summary>A comment; <c>#</c> and <c>//</c> comments include the newline that ends them.</summary>
    Comment,

    Newline,

    /// <summary>Zero-width token at the end of the input.</summary>
    EOF,

    BitwiseAnd,
    BitwiseOr,
    BitwiseNot,
    BitwiseXor,
    Apostrophe,
    Backtick,
    Semicolon,

    /// <summary>A character the language never uses.</summary>
    Invalid,

    /// <summary>Text that is not valid Unicode (an unpaired surrogate).</summary>
    BadUtf8,

    /// <summary>A newline inside a quoted string, which HCL does not allow.</summary>
    QuotedNewline,
}
