using Platform.Hcl.Syntax.Expressions;
using static Platform.Hcl.Tests.Parsing.ParsedSource;

namespace Platform.Hcl.Tests.Parsing;

public sealed class ExpressionParsingTests
{
    [Theory]
    [InlineData("1", "1")]
    [InlineData("1.5", "1.5")]
    [InlineData("1e10", "1e10")]
    [InlineData("2.5E-3", "2.5E-3")]
    public void ParseExpression_Number_KeepsSourceText(string source, string text)
    {
        Assert.Equal(text, Assert.IsType<NumberLiteralExpression>(Expression(source)).Text);
    }

    [Fact]
    public void ParseExpression_Keywords_AreLiterals()
    {
        Assert.True(Assert.IsType<BoolLiteralExpression>(Expression("true")).Value);
        Assert.False(Assert.IsType<BoolLiteralExpression>(Expression("false")).Value);
        Assert.IsType<NullLiteralExpression>(Expression("null"));
    }

    [Fact]
    public void ParseExpression_Operators_FollowSpecPrecedence()
    {
        // a || (b && (c == (d + (e * f))))
        var or = Assert.IsType<BinaryOpExpression>(Expression("a || b && c == d + e * f"));
        Assert.Equal(BinaryOperator.Or, or.Operator);
        var and = Assert.IsType<BinaryOpExpression>(or.Right);
        Assert.Equal(BinaryOperator.And, and.Operator);
        var equal = Assert.IsType<BinaryOpExpression>(and.Right);
        Assert.Equal(BinaryOperator.Equal, equal.Operator);
        var add = Assert.IsType<BinaryOpExpression>(equal.Right);
        Assert.Equal(BinaryOperator.Add, add.Operator);
        Assert.Equal(BinaryOperator.Multiply, Assert.IsType<BinaryOpExpression>(add.Right).Operator);
    }

    [Fact]
    public void ParseExpression_SamePrecedence_AssociatesLeft()
    {
        const string source = "a - b - c";

        var outer = Assert.IsType<BinaryOpExpression>(Expression(source));

        Assert.Equal("a - b", Text(source, Assert.IsType<BinaryOpExpression>(outer.Left).Range));
        Assert.Equal(source, Text(source, outer.Range));
    }

    [Fact]
    public void ParseExpression_UnaryMinus_BindsTighterThanBinary()
    {
        var add = Assert.IsType<BinaryOpExpression>(Expression("-46 + 5"));

        var negate = Assert.IsType<UnaryOpExpression>(add.Left);
        Assert.Equal(UnaryOperator.Negate, negate.Operator);
        Assert.Equal(UnaryOperator.Not, Assert.IsType<UnaryOpExpression>(Expression("!a.b")).Operator);
    }

    [Fact]
    public void ParseExpression_Conditional_SpansConditionToFalseResult()
    {
        const string source = "a > 1 ? \"x\" : b ? 2 : 3";

        var conditional = Assert.IsType<ConditionalExpression>(Expression(source));

        Assert.Equal(source, Text(source, conditional.Range));
        Assert.IsType<ConditionalExpression>(conditional.FalseResult);
    }

    [Fact]
    public void ParseExpression_Parentheses_AreKeptWithTheirRange()
    {
        const string source = "(a + b) * c";

        var multiply = Assert.IsType<BinaryOpExpression>(Expression(source));

        var parens = Assert.IsType<ParenthesesExpression>(multiply.Left);
        Assert.Equal("(a + b)", Text(source, parens.Range));
    }

    [Fact]
    public void ParseExpression_FunctionCall_SpansNameToClosingParen()
    {
        const string source = "max(1, 2, xs...)";

        var call = Assert.IsType<FunctionCallExpression>(Expression(source));

        Assert.Equal("max", call.Name);
        Assert.Equal(3, call.Arguments.Count);
        Assert.True(call.ExpandFinal);
        Assert.Equal(source, Text(source, call.Range));
        Assert.Equal("max", Text(source, call.NameRange));
        Assert.Equal("(", Text(source, call.OpenParenRange));
        Assert.Equal(")", Text(source, call.CloseParenRange));
    }

    [Fact]
    public void ParseExpression_NamespacedFunction_JoinsNameParts()
    {
        const string source = "provider::aws::arn_parse(x)";

        var call = Assert.IsType<FunctionCallExpression>(Expression(source));

        Assert.Equal("provider::aws::arn_parse", call.Name);
        Assert.Equal("provider::aws::arn_parse", Text(source, call.NameRange));
    }

    [Fact]
    public void ParseExpression_FunctionCallOverLines_IgnoresNewlinesAndTrailingComma()
    {
        var call = Assert.IsType<FunctionCallExpression>(SingleAttribute("x = f(\n  1,\n  2,\n)\n").Expression);

        Assert.Equal(2, call.Arguments.Count);
    }

    [Fact]
    public void ParseExpression_Traversal_CollectsStaticSteps()
    {
        const string source = "aws_instance.web[0][\"k\"].id";

        var traversal = Assert.IsType<ScopeTraversalExpression>(Expression(source));

        Assert.Equal("aws_instance", traversal.RootName);
        Assert.Collection(
            traversal.Traversal,
            step => Assert.IsType<TraverseRoot>(step),
            step => Assert.Equal(".web", Text(source, Assert.IsType<TraverseAttribute>(step).Range)),
            step => Assert.Equal("[0]", Text(source, Assert.IsType<TraverseIndex>(step).Range)),
            step => Assert.IsType<TemplateExpression>(Assert.IsType<TraverseIndex>(step).Key),
            step => Assert.Equal("id", Assert.IsType<TraverseAttribute>(step).Name));
        Assert.Equal(source, Text(source, traversal.Range));
    }

    [Fact]
    public void ParseExpression_LegacyDotIndex_IsAnIndexStep()
    {
        var traversal = Assert.IsType<ScopeTraversalExpression>(Expression("a.0.b"));

        var index = Assert.IsType<TraverseIndex>(traversal.Traversal[1]);
        Assert.Equal("0", Assert.IsType<NumberLiteralExpression>(index.Key).Text);
    }

    [Fact]
    public void ParseExpression_ChainedLegacyIndex_IsRejected()
    {
        var result = Platform.Hcl.Parsing.HclParser.ParseExpression("a.0.1", FileName);

        Assert.Equal("Invalid legacy index syntax", Assert.Single(result.Diagnostics).Summary);
    }

    [Fact]
    public void ParseExpression_ComputedIndex_IsIndexExpression()
    {
        const string source = "list[count.index]";

        var index = Assert.IsType<IndexExpression>(Expression(source));

        Assert.Equal("[count.index]", Text(source, index.BracketRange));
        Assert.Equal(source, Text(source, index.Range));
    }

    [Fact]
    public void ParseExpression_TraversalAfterCall_IsRelative()
    {
        const string source = "f(x).a[0]";

        var relative = Assert.IsType<RelativeTraversalExpression>(Expression(source));

        Assert.IsType<FunctionCallExpression>(relative.Source);
        Assert.Equal(2, relative.Traversal.Count);
        Assert.Equal(source, Text(source, relative.Range));
    }

    [Fact]
    public void ParseExpression_AttributeSplat_AppliesOnlyAttributeSteps()
    {
        const string source = "aws_instance.web.*.id";

        var splat = Assert.IsType<SplatExpression>(Expression(source));

        Assert.False(splat.IsFullSplat);
        Assert.Equal(".*", Text(source, splat.MarkerRange));
        Assert.Equal(source, Text(source, splat.Range));
        var each = Assert.IsType<RelativeTraversalExpression>(splat.Each);
        Assert.Same(splat.Item, each.Source);
        Assert.Equal(".id", Text(source, each.Range));
    }

    [Fact]
    public void ParseExpression_FullSplat_AppliesAllFollowingSteps()
    {
        const string source = "a[*].b[0]";

        var splat = Assert.IsType<SplatExpression>(Expression(source));

        Assert.True(splat.IsFullSplat);
        Assert.Equal("[*]", Text(source, splat.MarkerRange));
        Assert.Equal(source, Text(source, splat.Range));
        Assert.Equal("[*].b[0]", Text(source, splat.Each.Range));
    }

    [Fact]
    public void ParseExpression_SplatWithNothingAfter_EachIsTheItem()
    {
        var splat = Assert.IsType<SplatExpression>(Expression("a[*]"));

        Assert.Same(splat.Item, splat.Each);
    }

    [Fact]
    public void ParseExpression_Tuple_AllowsNewlinesAndTrailingComma()
    {
        const string source = "[\n  1,\n  \"two\",\n]";

        var tuple = Assert.IsType<TupleExpression>(Expression(source));

        Assert.Equal(2, tuple.Items.Count);
        Assert.Equal(source, Text(source, tuple.Range));
        Assert.Equal("[", Text(source, tuple.OpenRange));
    }

    [Fact]
    public void ParseExpression_Object_AcceptsEqualsColonCommasAndNewlines()
    {
        const string source = "{\n  a = 1, \"b\" : 2\n  (c) = 3\n}";

        var obj = Assert.IsType<ObjectExpression>(SingleAttribute("x = " + source + "\n").Expression);

        Assert.Equal(3, obj.Items.Count);
        Assert.Equal("a", obj.Items[0].Key.BareName);
        Assert.Null(obj.Items[1].Key.BareName);
        Assert.True(obj.Items[2].Key.ForceNonLiteral);
        Assert.Null(obj.Items[2].Key.BareName);
        Assert.Equal("\"b\"", Text("x = " + source + "\n", obj.Items[1].Key.Range));
    }

    [Fact]
    public void ParseExpression_TupleFor_HasValueAndCondition()
    {
        const string source = "[for i, v in var.list : upper(v) if i > 0]";

        var forExpr = Assert.IsType<ForExpression>(Expression(source));

        Assert.Equal("i", forExpr.KeyVariable);
        Assert.Equal("v", forExpr.ValueVariable);
        Assert.False(forExpr.IsObject);
        Assert.NotNull(forExpr.Condition);
        Assert.Equal(source, Text(source, forExpr.Range));
        Assert.Equal("[", Text(source, forExpr.OpenRange));
        Assert.Equal("]", Text(source, forExpr.CloseRange));
    }

    [Fact]
    public void ParseExpression_ObjectForWithGrouping_IsObjectAndGrouped()
    {
        var forExpr = Assert.IsType<ForExpression>(Expression("{for s in var.list : s.key => s.value...}"));

        Assert.Null(forExpr.KeyVariable);
        Assert.True(forExpr.IsObject);
        Assert.True(forExpr.Group);
    }

    [Fact]
    public void ParseConfig_NewlineInsideParentheses_IsIgnored()
    {
        var attribute = SingleAttribute("x = (1 +\n  2)\n");

        Assert.IsType<ParenthesesExpression>(attribute.Expression);
    }

    [Fact]
    public void ParseConfig_NewlineAfterOperatorOutsideBrackets_IsAnError()
    {
        var errors = ConfigErrors("x = 1 +\n  2\n");

        Assert.Equal("Invalid expression", errors[0].Summary);
        Assert.Equal(1, errors[0].Subject!.Value.Start.Line);
    }

    [Fact]
    public void ParseTraversalAbs_NameAttributesAndLiteralIndexes_ReturnsSteps()
    {
        var result = Platform.Hcl.Parsing.HclParser.ParseTraversalAbs("a.b[0][\"c\"]", FileName);

        Assert.False(result.HasErrors);
        Assert.Equal(4, result.Value.Count);
        Assert.Equal("b", Assert.IsType<TraverseAttribute>(result.Value[1]).Name);
    }

    [Fact]
    public void ParseTraversalAbs_ComputedIndex_IsRejected()
    {
        var result = Platform.Hcl.Parsing.HclParser.ParseTraversalAbs("a[b]", FileName);

        Assert.Equal("Index value required", Assert.Single(result.Diagnostics).Summary);
    }

    [Fact]
    public void ParseExpression_WithStartPosition_OffsetsRanges()
    {
        var result = Platform.Hcl.Parsing.HclParser.ParseExpression("a", FileName, new Platform.Hcl.Diagnostics.SourcePos(3, 5, 40));

        Assert.Equal(new Platform.Hcl.Diagnostics.SourcePos(3, 5, 40), result.Value.Range.Start);
    }

    [Fact]
    public void ParseExpression_ExtraTokens_AreReported()
    {
        var result = Platform.Hcl.Parsing.HclParser.ParseExpression("a b", FileName);

        Assert.Equal("Extra characters after expression", Assert.Single(result.Diagnostics).Summary);
    }
}
