using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>
/// Any HCL expression. Ranges follow HashiCorp's hclsyntax exactly (the hcl2json renderer slices source
/// text by them): e.g. a function call spans name to closing paren, a template spans its quotes.
/// </summary>
public abstract record Expression(SourceRange Range) : Node(Range);
