using Platform.Hcl.Formatting;

namespace Platform.Hcl.Tests.Formatting;

/// <summary>
/// One rule of the formatter per test, as before/after text. Most cases are hclwrite's own format_test.go
/// cases, written as attributes where hclwrite tested bare expressions (a config file must parse to be formatted).
/// </summary>
public sealed class HclFormatterTests
{
    private static string Fmt(string text)
    {
        var result = HclFormatter.Format(text, "test.hcl");
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Value;
    }

    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    [Theory]
    [InlineData("", "")]
    [InlineData("a=1", "a = 1")]
    [InlineData("a=b.c", "a = b.c")]
    [InlineData("a=b[c]", "a = b[c]")]
    [InlineData("a=b()[c]", "a = b()[c]")]
    [InlineData("a=[\"hello\"][0]", "a = [\"hello\"][0]")]
    [InlineData("a=b.*.c", "a = b.*.c")]
    [InlineData("a=b[*].c", "a = b[*].c")]
    [InlineData("a=b.0.c", "a = b.0.c")]
    public void Format_Traversals_AreTightAroundDotsAndIndexBrackets(string input, string expected) =>
        Assert.Equal(expected, Fmt(input));

    [Theory]
    [InlineData("x=( a+2 )", "x = (a + 2)")]
    [InlineData("x=( a*2 )", "x = (a * 2)")]
    [InlineData("x=a/2%3", "x = a / 2 % 3")]
    [InlineData("x=a==b&&c!=d||e<=f", "x = a == b && c != d || e <= f")]
    [InlineData("x=a<b||c>=d", "x = a < b || c >= d")]
    [InlineData("x=a?b:c", "x = a ? b : c")]
    [InlineData("x=a ? b : c", "x = a ? b : c")]
    public void Format_BinaryAndConditionalOperators_GetOneSpaceEachSide(string input, string expected) =>
        Assert.Equal(expected, Fmt(input));

    [Theory]
    [InlineData("x=( a+-2 )", "x = (a + -2)")]
    [InlineData("x=( a*-2 )", "x = (a * -2)")]
    [InlineData("x=(-2+1)", "x = (-2 + 1)")]
    [InlineData("x=- 2", "x = -2")]
    [InlineData("x=a - 2", "x = a - 2")]
    [InlineData("x=a -2", "x = a - 2")]
    [InlineData("x=a-2", "x = a-2")]
    [InlineData("x=[- 1, - 2]", "x = [-1, -2]")]
    [InlineData("x=a ? - 1 : - 2", "x = a ? -1 : -2")]
    [InlineData("x=a == - 1", "x = a == -1")]
    [InlineData("x=! a", "x = !a")]
    [InlineData("x=! - a", "x = !-a")]
    [InlineData("x=f(a)-1", "x = f(a) - 1")]
    public void Format_UnaryOperators_StayTightToTheirOperand(string input, string expected) =>
        Assert.Equal(expected, Fmt(input));

    [Theory]
    [InlineData("x=foo(1, -2,a*b, b,c)", "x = foo(1, -2, a * b, b, c)")]
    [InlineData("x=foo ( a )", "x = foo(a)")]
    [InlineData("x=foo(a ...)", "x = foo(a...)")]
    [InlineData("x=foo(a,b ...)", "x = foo(a, b...)")]
    [InlineData("x=provider :: aws :: arn_parse(a)", "x = provider::aws::arn_parse(a)")]
    [InlineData("x=foo( )", "x = foo()")]
    public void Format_FunctionCalls_HaveNoSpaceBeforeParenthesisOrInsideIt(string input, string expected) =>
        Assert.Equal(expected, Fmt(input));

    [Theory]
    [InlineData("x=[ [ ] ]", "x = [[]]")]
    [InlineData("x=[ 1,2 , 3 ]", "x = [1, 2, 3]")]
    [InlineData("x={a=1}", "x = { a = 1 }")]
    [InlineData("x={ }", "x = {}")]
    [InlineData("x={a=1,b=2}", "x = { a = 1, b = 2 }")]
    [InlineData("x={\"k\":1}", "x = { \"k\" : 1 }")]
    public void Format_CollectionConstructors_AreTightInBracketsAndPaddedInBraces(string input, string expected) =>
        Assert.Equal(expected, Fmt(input));

    [Theory]
    [InlineData("x=[for v in xs:v]", "x = [for v in xs : v]")]
    [InlineData("x=[for v in [1,2]:v]", "x = [for v in [1, 2] : v]")]
    [InlineData("x=[for i,v in xs:v if v]", "x = [for i, v in xs : v if v]")]
    [InlineData("x={for k,v in m:k=>v}", "x = { for k, v in m : k => v }")]
    [InlineData("x={for k,v in m:k=>v...}", "x = { for k, v in m : k => v... }")]
    public void Format_ForExpressions_SpaceTheKeywordsAndColon(string input, string expected) =>
        Assert.Equal(expected, Fmt(input));

    [Theory]
    [InlineData("a=\"hello ${ name }\"", "a = \"hello ${name}\"")]
    [InlineData("a=\"hello ${~ name ~}\"", "a = \"hello ${~name~}\"")]
    [InlineData("a=\"  spaced  ${ x }  text  \"", "a = \"  spaced  ${x}  text  \"")]
    [InlineData("a=\"${a}${ b }\"", "a = \"${a}${b}\"")]
    [InlineData("a=\"%{ if x }yes%{ else }no%{ endif }\"", "a = \"%{if x}yes%{else}no%{endif}\"")]
    [InlineData("a=\"${ {b=1} }\"", "a = \"${ { b = 1 } }\"")]
    [InlineData("a=\"${f( x )}\"", "a = \"${f(x)}\"")]
    public void Format_QuotedTemplates_TightenSequencesButKeepLiteralText(string input, string expected) =>
        Assert.Equal(expected, Fmt(input));

    [Theory]
    [InlineData("b{}", "b {}")]
    [InlineData("b{a=1}", "b { a = 1 }")]
    [InlineData("b \"l1\"   l2{}", "b \"l1\" l2 {}")]
    [InlineData("b   \"x\"{\n}", "b \"x\" {\n}")]
    public void Format_BlockHeaders_AreSpacedAndOneLineBlocksPadded(string input, string expected) =>
        Assert.Equal(expected, Fmt(input));

    /// <summary>hclwrite's format_test.go cases that are whole config files, input and expected output verbatim.</summary>
    [Theory]
    [InlineData("a=\"${b}${c}${ d } ${e}\"", "a = \"${b}${c}${d} ${e}\"")]
    [InlineData("x = \"%{if true}${var.foo}%{endif}\"", "x = \"%{if true}${var.foo}%{endif}\"")]
    [InlineData("\nb {a = 1}\n", "\nb { a = 1 }\n")]
    [InlineData("\nfoo {\n# ...\n}\n", "\nfoo {\n  # ...\n}\n")]
    [InlineData("\nfoo = {\n# ...\n}\n", "\nfoo = {\n  # ...\n}\n")]
    [InlineData("\nfoo = [\n# ...\n]\n", "\nfoo = [\n  # ...\n]\n")]
    [InlineData("\nfoo = [{\n# ...\n}]\n", "\nfoo = [{\n  # ...\n}]\n")]
    [InlineData("\nfoo {\nbar {\n# ...\n}\n}\n", "\nfoo {\n  bar {\n    # ...\n  }\n}\n")]
    [InlineData("\nfoo {\nbar = {\n# ...\n}\n}\n", "\nfoo {\n  bar = {\n    # ...\n  }\n}\n")]
    [InlineData("\nfoo {\nbar = [\n# ...\n]\n}\n", "\nfoo {\n  bar = [\n    # ...\n  ]\n}\n")]
    [InlineData("\nfoo {\nbar = <<EOT\nFoo bar baz\nEOT\n}\n", "\nfoo {\n  bar = <<EOT\nFoo bar baz\nEOT\n}\n")]
    [InlineData("\nfoo {\nbar = <<-EOT\nFoo bar baz\nEOT\n}\n", "\nfoo {\n  bar = <<-EOT\nFoo bar baz\nEOT\n}\n")]
    [InlineData("\nfoo {\nbar = <<-EOT\n  Foo bar baz\nEOT\n}\n", "\nfoo {\n  bar = <<-EOT\n  Foo bar baz\nEOT\n}\n")]
    [InlineData("\nfoo {\nbar = <<-EOT\n  blahblahblah = x\nEOT\n}\n", "\nfoo {\n  bar = <<-EOT\n  blahblahblah = x\nEOT\n}\n")]
    [InlineData("\nfoo {\nbar = <<-EOT\n  ${{ blahblahblah = x }}\nEOT\n}\n", "\nfoo {\n  bar = <<-EOT\n  ${ { blahblahblah = x } }\nEOT\n}\n")]
    [InlineData("\nfoo {\n  bar = <<-EOT\n  ${a}${b}${ c } ${d}\nEOT\n}\n", "\nfoo {\n  bar = <<-EOT\n  ${a}${b}${c} ${d}\nEOT\n}\n")]
    [InlineData("\nfoo {\nbar = <<EOT\nFoo bar baz\nEOT\n}\n\nbaz {\ndefault=\"string\"\n}\n", "\nfoo {\n  bar = <<EOT\nFoo bar baz\nEOT\n}\n\nbaz {\n  default = \"string\"\n}\n")]
    [InlineData("\nfoo {\nbar = <<EOT\nFoo bar baz\nEOT\nbaz = <<EOT\nFoo bar baz\nEOT\n}\n\nbar {\nfoo = \"bar\"\n}\n", "\nfoo {\n  bar = <<EOT\nFoo bar baz\nEOT\n  baz = <<EOT\nFoo bar baz\nEOT\n}\n\nbar {\n  foo = \"bar\"\n}\n")]
    [InlineData("\nmodule \"foo\" {\nfoo = <<EOF\n5\nEOF\n}\n\nmodule \"x\" {\na = \"b\"\nabcde = \"456\"\n}", "\nmodule \"foo\" {\n  foo = <<EOF\n5\nEOF\n}\n\nmodule \"x\" {\n  a     = \"b\"\n  abcde = \"456\"\n}")]
    public void Format_HclwriteTestCases_GiveHclwriteOutput(string input, string expected) =>
        Assert.Equal(expected, Fmt(input));

    [Fact]
    public void Format_NestedBlocks_IndentTwoSpacesPerLevel()
    {
        var input = Lines("a {", "b {", "     c = 1", "}", "\td = [", "1,", "]", "}");
        var expected = Lines("a {", "  b {", "    c = 1", "  }", "  d = [", "    1,", "  ]", "}");

        Assert.Equal(expected, Fmt(input));
    }

    [Fact]
    public void Format_MultiLineCall_IndentsArgumentsAndTightensUnaryMinus()
    {
        var input = Lines("x = foo(", "1,", "- 2,", "a*b,", "b,", "c,", ")");
        var expected = Lines("x = foo(", "  1,", "  -2,", "  a * b,", "  b,", "  c,", ")");

        Assert.Equal(expected, Fmt(input));
    }

    [Fact]
    public void Format_SeveralOpenersOnOneLine_IndentOneLevel()
    {
        Assert.Equal(Lines("x = [[", "  a", "]]"), Fmt(Lines("x = [[", "a", "]]")));
        Assert.Equal(Lines("x = [", "  [", "    a", "  ]", "]"), Fmt(Lines("x = [", "[", "a", "]", "]")));
        Assert.Equal(Lines("x = [[", "  [", "    a", "  ]", "]]"), Fmt(Lines("x = [[", "[", "a", "]", "]]")));
    }

    [Fact]
    public void Format_AsymmetricBrackets_DedentByRememberedLevels()
    {
        // hclwrite's degenerate case: "]]" closes the level "[" opened plus one of the two "[[" opened.
        var input = Lines("x = [[", "[", "a", "]]", "]");
        var expected = Lines("x = [[", "  [", "    a", "  ]]", "]");

        Assert.Equal(expected, Fmt(input));
    }

    [Fact]
    public void Format_InterpolationSpanningLines_IndentsItsContent()
    {
        Assert.Equal(Lines("x = \"${", "  hello", "}\""), Fmt(Lines("x = \"${", "hello", "}\"")));
    }

    [Fact]
    public void Format_ConsecutiveAttributes_AlignTheirEqualsSigns()
    {
        Assert.Equal(Lines("a      = 1", "bungle = 2"), Fmt(Lines("a = 1", "bungle = 2")));
    }

    [Fact]
    public void Format_BlankLine_EndsTheAlignmentRun()
    {
        Assert.Equal(Lines("a = 1", "", "bungle = 2"), Fmt(Lines("a = 1", "", "bungle    =   2")));
    }

    [Fact]
    public void Format_CommentOnlyLine_EndsTheAlignmentRun()
    {
        Assert.Equal(Lines("a = 1", "# about bungle", "bungle = 2"), Fmt(Lines("a = 1", "# about bungle", "bungle = 2")));
    }

    [Fact]
    public void Format_BlockBetweenAttributes_EndsTheAlignmentRun()
    {
        var input = Lines("a = 1", "bb = 2", "c {}", "ddd = 3", "e = 4");
        var expected = Lines("a  = 1", "bb = 2", "c {}", "ddd = 3", "e   = 4");

        Assert.Equal(expected, Fmt(input));
    }

    [Fact]
    public void Format_MultiLineValue_EndsTheAlignmentRunAndAlignsInside()
    {
        var input = Lines("a = 1", "bb = {", "x = 1", "yyy = 2", "}", "c = 3");
        var expected = Lines("a = 1", "bb = {", "  x   = 1", "  yyy = 2", "}", "c = 3");

        Assert.Equal(expected, Fmt(input));
    }

    [Fact]
    public void Format_OneLineObjectValue_TakesPartInAlignment()
    {
        Assert.Equal(Lines("a   = { b = 1 }", "ccc = 2"), Fmt(Lines("a={b=1}", "ccc=2")));
    }

    [Fact]
    public void Format_AttributesAtDifferentDepths_AlignPerBody()
    {
        var input = Lines("job \"x\" {", "a = 1", "group \"g\" {", "count = 1", "n = 2", "}", "}");
        var expected = Lines("job \"x\" {", "  a = 1", "  group \"g\" {", "    count = 1", "    n     = 2", "  }", "}");

        Assert.Equal(expected, Fmt(input));
    }

    [Fact]
    public void Format_TrailingComments_AlignAfterTheWidestLine()
    {
        Assert.Equal(Lines("a      = 1 # foo", "bungle = 2"), Fmt(Lines("a = 1 # foo", "bungle = 2")));
        Assert.Equal(
            Lines("a      = 1         # foo", "bungle = \"bonce\"   # baz", "zebra  = \"striped\" # baz"),
            Fmt(Lines("a = 1 # foo", "bungle = \"bonce\" # baz", "zebra = \"striped\" # baz")));
    }

    [Fact]
    public void Format_TrailingCommentAfterBlockHeader_AlignsWithAttributeComments()
    {
        var input = Lines("foo {} # here we go", "a = 1 # foo", "bungle = \"bonce\" # baz");
        var expected = Lines("foo {}           # here we go", "a      = 1       # foo", "bungle = \"bonce\" # baz");

        Assert.Equal(expected, Fmt(input));
    }

    [Fact]
    public void Format_CommentsAroundMultiLineValue_FollowHclwriteCells()
    {
        var input = Lines("a=\"apple\"# foo", "bungle=(# woo parens", "\"bonce\"", ")# baz", "zebra=\"striped\"# baz");
        var expected = Lines("a = \"apple\" # foo", "bungle = (  # woo parens", "  \"bonce\"", ")                 # baz", "zebra = \"striped\" # baz");

        Assert.Equal(expected, Fmt(input));
    }

    [Fact]
    public void Format_WideCharacters_CountAsOneColumnEach()
    {
        var input = Lines("𝒜 = 1 # foo", "bungle = \"🇬🇧\" # baz", "zebra = \"striped\" # baz");
        var expected = Lines("𝒜      = 1         # foo", "bungle = \"🇬🇧\"       # baz", "zebra  = \"striped\" # baz");

        Assert.Equal(expected, Fmt(input));
    }

    [Fact]
    public void Format_CommentForms_KeptWhereTheyAre()
    {
        var input = Lines("# hash", "// slashes", "/* block */", "a {", "/* multi", "   line */", "b = 1 /* inline */", "}");
        var expected = Lines("# hash", "// slashes", "/* block */", "a {", "  /* multi", "   line */", "  b = 1 /* inline */", "}");

        Assert.Equal(expected, Fmt(input));
    }

    [Fact]
    public void Format_HeredocBody_IsNeverTouched()
    {
        var input = Lines("a {", "b = <<EOT", "   keep   ", "\tthis ${ x }  ", "EOT", "c = <<-EOT", "      flush", "    EOT", "}");
        var expected = Lines("a {", "  b = <<EOT", "   keep   ", "\tthis ${x}  ", "EOT", "  c = <<-EOT", "      flush", "    EOT", "}");

        Assert.Equal(expected, Fmt(input));
    }

    [Fact]
    public void Format_HeredocAttribute_AlignsWithItsNeighbours()
    {
        var input = Lines("a = 1", "bbb = <<EOT", "x = 1", "EOT", "c = 2");
        var expected = Lines("a   = 1", "bbb = <<EOT", "x = 1", "EOT", "c   = 2");

        Assert.Equal(expected, Fmt(input));
    }

    [Fact]
    public void Format_HeredocInCall_BracketsAfterTheIntroducerDoNotCount()
    {
        // Only the "(" before "<<EOT" opens a level on the first line, as in hclwrite: the "${" that follows is
        // inside the heredoc, so the "}" closing it dedents to the attribute's level.
        var input = Lines("x = f(<<EOT", "${", "a", "}", "EOT", ")", "y = 2");
        var expected = Lines("x = f(<<EOT", "${", "  a", "}", "EOT", ")", "y = 2");

        Assert.Equal(expected, Fmt(input));
    }

    [Fact]
    public void Format_TrailingWhitespace_IsRemovedOutsideLiterals()
    {
        var input = "a = 1   \n\n   \nb {  \n  c = \"x  \"  # note   \n}   ";
        var expected = "a = 1\n\n\nb {\n  c = \"x  \" # note\n}";

        Assert.Equal(expected, Fmt(input));
    }

    [Fact]
    public void Format_CrLfLineEndings_BecomeLf()
    {
        Assert.Equal("a {\n  b = 1 # c\n}\n", Fmt("a {\r\n b = 1 # c\r\n}\r\n"));
    }

    [Fact]
    public void Format_CrLfInsideHeredocBody_IsKeptBecauseItIsPartOfTheValue()
    {
        Assert.Equal("a = <<EOT\nx  \r\nEOT\n", Fmt("a  =  <<EOT\r\nx  \r\nEOT  \r\n"));
    }

    [Fact]
    public void Format_Tabs_BecomeSpaces()
    {
        Assert.Equal(Lines("a {", "  b = 1", "}"), Fmt(Lines("a\t{", "\t\tb\t=\t1", "}")));
    }

    [Fact]
    public void Format_ByteOrderMark_IsKept()
    {
        Assert.Equal("\uFEFFa = 1\n", Fmt("\uFEFFa=1\n"));
    }

    [Fact]
    public void Format_TerraformRewrites_AreNotApplied()
    {
        var input = Lines("variable \"v\" {", "type = \"string\"", "default = \"${var.x}\"", "}");
        var expected = Lines("variable \"v\" {", "  type    = \"string\"", "  default = \"${var.x}\"", "}");

        Assert.Equal(expected, Fmt(input));
    }

    [Fact]
    public void Format_FileWithSyntaxErrors_ReturnsInputUnchangedWithDiagnostics()
    {
        const string input = "a {\n  b =   \n";

        var result = HclFormatter.Format(input, "broken.hcl");

        Assert.True(result.HasErrors);
        Assert.Same(input, result.Value);
        Assert.Contains(result.Diagnostics, d => d.Subject is { } s && s.Filename == "broken.hcl");
    }

    [Fact]
    public void Format_AlreadyCanonicalText_IsReturnedAsIs()
    {
        var canonical = Lines(
            "resource \"aws_instance\" \"web\" {",
            "  ami           = \"ami-123\" # the image",
            "  instance_type = var.size",
            "",
            "  tags = {",
            "    Name = \"web-${count.index}\"",
            "  }",
            "}");

        Assert.Equal(canonical, Fmt(canonical));
    }
}
