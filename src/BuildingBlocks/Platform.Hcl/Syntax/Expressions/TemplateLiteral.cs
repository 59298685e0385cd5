using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>
/// A literal run of characters inside a template, with escapes decoded, <c>$${</c>/<c>%%{</c> unescaped,
/// strip markers (<c>~</c>) and heredoc indentation already applied.
/// </summary>
public sealed record TemplateLiteral(string Value, SourceRange Range) : Expression(Range);
