namespace Platform.Hcl.Syntax.Expressions;

/// <summary>One <c>key = value</c> of an object constructor.</summary>
public sealed record ObjectItem(ObjectKeyExpression Key, Expression Value);
