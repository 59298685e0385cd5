namespace Platform.Hcl.Syntax.Expressions;

/// <summary><c>-x</c> and <c>!x</c>.</summary>
public enum UnaryOperator
{
    Negate,
    Not,
}
