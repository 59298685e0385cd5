namespace Platform.Hcl.Parsing;

/// <summary>Which of HCL's three comment forms a <see cref="HclTokenKind.Comment"/> token uses.</summary>
public enum HclCommentStyle
{
    /// <summary>Not a comment token.</summary>
    None,

    /// <summary><c># ...</c> to the end of the line.</summary>
    Hash,

    /// <summary><c>// ...</c> to the end of the line.</summary>
    DoubleSlash,

    /// <summary><c>/* ... */</c>, possibly over several lines.</summary>
    Block,
}
