namespace Platform.Hcl.Syntax.Expressions;

/// <summary>Binary operators, lowest precedence first: <c>||</c>; <c>&amp;&amp;</c>; <c>== !=</c>; <c>&lt; &lt;= &gt; &gt;=</c>; <c>+ -</c>; <c>* / %</c>.</summary>
public enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
}
