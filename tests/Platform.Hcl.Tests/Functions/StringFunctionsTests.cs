using Platform.Hcl.Evaluation;
using static Platform.Hcl.Tests.Functions.LibrarySource;

namespace Platform.Hcl.Tests.Functions;

public class StringFunctionsTests
{
    [Theory]
    [InlineData("chomp(\"hello\\n\")", "\"hello\"")]
    [InlineData("chomp(\"hello\\r\\n\")", "\"hello\"")]
    [InlineData("chomp(\"hello\\n\\n\")", "\"hello\"")]
    [InlineData("endswith(\"hello world\", \"world\")", "true")]
    [InlineData("endswith(\"hello world\", \"hello\")", "false")]
    [InlineData("startswith(\"hello world\", \"hello\")", "true")]
    [InlineData("startswith(\"hello world\", \"world\")", "false")]
    [InlineData("strcontains(\"hello world\", \"wor\")", "true")]
    [InlineData("strcontains(\"hello world\", \"wod\")", "false")]
    [InlineData("indent(2, \"[\\n  foo,\\n  bar,\\n]\\n\")", "\"[\\n    foo,\\n    bar,\\n  ]\\n  \"")]
    [InlineData("join(\", \", [\"foo\", \"bar\", \"baz\"])", "\"foo, bar, baz\"")]
    [InlineData("join(\", \", [\"foo\"])", "\"foo\"")]
    [InlineData("join(\"-\", [\"a\"], [\"b\", \"c\"])", "\"a-b-c\"")]
    [InlineData("lower(\"HELLO\")", "\"hello\"")]
    [InlineData("lower(\"АЛЛО!\")", "\"алло!\"")]
    [InlineData("upper(\"hello\")", "\"HELLO\"")]
    [InlineData("upper(\"алло!\")", "\"АЛЛО!\"")]
    [InlineData("title(\"hello world\")", "\"Hello World\"")]
    [InlineData("split(\",\", \"foo\")", "[\"foo\"]")]
    [InlineData("split(\",\", \"foo,bar,baz\")", "[\"foo\",\"bar\",\"baz\"]")]
    [InlineData("split(\",\", \"\")", "[\"\"]")]
    [InlineData("strrev(\"hello\")", "\"olleh\"")]
    [InlineData("strrev(\"a ☃\")", "\"☃ a\"")]
    [InlineData("substr(\"hello world\", 1, 4)", "\"ello\"")]
    [InlineData("substr(\"🤔🤷\", 0, 1)", "\"🤔\"")]
    [InlineData("substr(\"hello world\", -5, -1)", "\"world\"")]
    [InlineData("substr(\"hello world\", 6, 10)", "\"world\"")]
    [InlineData("substr(\"hello\", 10, 2)", "\"\"")]
    [InlineData("trim(\"?!hello?!\", \"!?\")", "\"hello\"")]
    [InlineData("trim(\"foobar\", \"far\")", "\"oob\"")]
    [InlineData("trim(\"   hello! world.!  \", \"! \")", "\"hello! world.\"")]
    [InlineData("trimprefix(\"helloworld\", \"hello\")", "\"world\"")]
    [InlineData("trimprefix(\"helloworld\", \"cat\")", "\"helloworld\"")]
    [InlineData("trimsuffix(\"helloworld\", \"world\")", "\"hello\"")]
    [InlineData("trimspace(\"  hello\\n\\n\")", "\"hello\"")]
    [InlineData("replace(\"1 + 2 + 3\", \"+\", \"-\")", "\"1 - 2 - 3\"")]
    [InlineData("replace(\"hello world\", \"/w.*d/\", \"everybody\")", "\"hello everybody\"")]
    [InlineData("replace(\"hello world\", \"/(h)(e)/\", \"$2$1\")", "\"ehllo world\"")]
    [InlineData("replace(\"abc\", \"/(?P<x>b)/\", \"[$${x}]\")", "\"a[b]c\"")]
    [InlineData("replace(\"baaac\", \"/a*/\", \"-\")", "\"-b-c-\"")]
    [InlineData("replace(\"aaa\", \"/a*/\", \"-\")", "\"-\"")]
    public void Call_DocumentedExample_TerraformResult(string source, string expected)
    {
        Assert.Equal(expected, EvalToJson(source));
    }

    [Theory]
    [InlineData("format(\"Hello, %s!\", \"Ander\")", "Hello, Ander!")]
    [InlineData("format(\"There are %d lights\", 4)", "There are 4 lights")]
    [InlineData("format(\"%s\", 12)", "12")]
    [InlineData("format(\"%d\", \"12\")", "12")]
    [InlineData("format(\"%v\", true)", "true")]
    [InlineData("format(\"%v\", \"hello\")", "hello")]
    [InlineData("format(\"%v\", 1.5)", "1.5")]
    [InlineData("format(\"%v\", [1, \"a\"])", "[1,\"a\"]")]
    [InlineData("format(\"%#v\", \"hello\")", "\"hello\"")]
    [InlineData("format(\"%#v\", {b = 1, a = true})", "{\"a\":true,\"b\":1}")]
    [InlineData("format(\"%t\", true)", "true")]
    [InlineData("format(\"%%\")", "%")]
    [InlineData("format(\"%.2f\", 3.14159)", "3.14")]
    [InlineData("format(\"%f\", 1)", "1.000000")]
    [InlineData("format(\"%6.2f|\", 3.14159)", "  3.14|")]
    [InlineData("format(\"%-6d|\", 42)", "42    |")]
    [InlineData("format(\"%06d\", -42)", "-00042")]
    [InlineData("format(\"%+d\", 42)", "+42")]
    [InlineData("format(\"%x %X %o %b\", 255, 255, 8, 5)", "ff FF 10 101")]
    [InlineData("format(\"%#x\", 255)", "0xff")]
    [InlineData("format(\"%e\", 1234.5678)", "1.234568e+03")]
    [InlineData("format(\"%g\", 1234.5678)", "1234.5678")]
    [InlineData("format(\"%g\", 1000000)", "1e+06")]
    [InlineData("format(\"%.3g\", 1234.5678)", "1.23e+03")]
    [InlineData("format(\"%q\", \"a\\\"b\\n\")", "\"a\\\"b\\n\"")]
    [InlineData("format(\"%5s|%-5s|\", \"ab\", \"cd\")", "   ab|cd   |")]
    [InlineData("format(\"%.2s\", \"hello\")", "he")]
    [InlineData("format(\"%[2]s %[1]s\", \"world\", \"hello\")", "hello world")]
    [InlineData("format(\"%[1]s %[1]s\", \"x\")", "x x")]
    [InlineData("format(\"%v\", tostring(null))", "null")]
    [InlineData("format(\"%4s|\", \"💃🏿\")", "   💃🏿|")]
    [InlineData("format(\"%6.2q\", \"hello\")", "  \"he\"")]
    [InlineData("format(\"%f\", \"100000000000000000000000000000000000001\")", "100000000000000000000000000000000000001.000000")]
    [InlineData("format(\"%.4f\", \"1.00000000000000000000000000000000000001\")", "1.0000")]
    [InlineData("format(\"%.1f\", \"1.06\")", "1.1")]
    [InlineData("format(\"%.1f\", 1.25)", "1.2")]
    [InlineData("format(\"%.0f\", 0.5)", "0")]
    [InlineData("format(\"%.2f\", 9.999)", "10.00")]
    [InlineData("format(\"%e|%E\", 1000, 1000)", "1.000000e+03|1.000000E+03")]
    [InlineData("format(\"%g|%G\", 1000, \"0.00000000000000000000001\")", "1000|1E-23")]
    [InlineData("format(\"%g\", 0.0001)", "0.0001")]
    [InlineData("format(\"%g\", 0)", "0")]
    [InlineData("format(\"% d|% f\", 10, -10)", " 10|-10.000000")]
    [InlineData("format(\"%t\", \"false\")", "false")]
    [InlineData("format(\"%q\", false)", "\"false\"")]
    public void Format_Verbs_GoFmtOutput(string source, string expected)
    {
        Assert.Equal(expected, Value(source).AsString());
    }

    [Theory]
    [InlineData("format(\"%s %s\", \"a\")", "Error in function call; Call to function \"format\" failed: not enough arguments for \"%s\" at 3: need index 2 but have 1 total.")]
    [InlineData("format(\"%s\", \"a\", \"b\")", "Error in function call; Call to function \"format\" failed: too many arguments; only 1 used by format string.")]
    [InlineData("format(\"%d\", \"x\")", "Error in function call; Call to function \"format\" failed: unsupported value for \"%d\" at 0: a number is required.")]
    [InlineData("format(\"%s\", tostring(null))", "Error in function call; Call to function \"format\" failed: unsupported value for \"%s\" at 0: null value cannot be formatted.")]
    [InlineData("format(\"%z is not valid\", 10)", "Error in function call; Call to function \"format\" failed: unsupported format verb 'z' in \"%z\" at offset 0.")]
    [InlineData("format(\"%012z\", 10)", "Error in function call; Call to function \"format\" failed: unsupported format verb 'z' in \"%012z\" at offset 0.")]
    [InlineData("format(\"%☠\", 10)", "Error in function call; Call to function \"format\" failed: unrecognized format character '☠' at offset 1.")]
    [InlineData("format(\"%[0]s\", 10)", "Error in function call; Call to function \"format\" failed: unrecognized format character '0' at offset 2.")]
    [InlineData("format(\"no verbs\", 10)", "Error in function call; Call to function \"format\" failed: too many arguments; no verbs in format string.")]
    [InlineData("format(\"%d\", true)", "Error in function call; Call to function \"format\" failed: unsupported value for \"%d\" at 0: number required.")]
    [InlineData("format(\"%d\", 1.5)", "Error in function call; Call to function \"format\" failed: unsupported value for \"%d\" at 0: an integer is required.")]
    [InlineData("join(\", \")", "Error in function call; Call to function \"join\" failed: at least one list is required.")]
    [InlineData("format(\"%2147483648d\", 1)", "Error in function call; Call to function \"format\" failed: width or precision 2147483648 at offset 1 is too large; at most 10000000 is supported.")]
    [InlineData("format(\"%.999999999f\", 1)", "Error in function call; Call to function \"format\" failed: width or precision 999999999 at offset 2 is too large; at most 10000000 is supported.")]
    [InlineData("indent(999999999, \"a\\nb\\nc\")", "Invalid function argument; Invalid value for \"spaces\" parameter: indenting 2 line(s) by 999999999 spaces would give a string longer than 134217728 characters.")]
    public void Call_BadArguments_TerraformMessage(string source, string expected)
    {
        Assert.Equal(expected, Error(source));
    }

    [Fact]
    public void Replace_InvalidPattern_ErrorOnSubstrArgument()
    {
        Assert.StartsWith("Invalid function argument; Invalid value for \"substr\" parameter: error parsing pattern: ", Error("replace(\"a\", \"/(/\", \"b\")"));
    }

    [Fact]
    public void FormatList_DocumentedExamples_OneStringPerElement()
    {
        Assert.Equal("[\"Hello, Valentina!\",\"Hello, Ander!\",\"Hello, Olivia!\",\"Hello, Sam!\"]",
            EvalToJson("formatlist(\"Hello, %s!\", [\"Valentina\", \"Ander\", \"Olivia\", \"Sam\"])"));
        Assert.Equal("[\"Hello, Valentina!\",\"Hello, Ander!\",\"Hello, Olivia!\",\"Hello, Sam!\"]",
            EvalToJson("formatlist(\"%s, %s!\", \"Hello\", [\"Valentina\", \"Ander\", \"Olivia\", \"Sam\"])"));
    }

    [Fact]
    public void FormatList_ListsOfDifferentLengths_Error()
    {
        Assert.Equal("Invalid function argument; Invalid value for \"args\" parameter: argument 2 has length 1, which is inconsistent with argument 1 of length 2.",
            Error("formatlist(\"%s%s\", [\"a\", \"b\"], [\"c\"])"));
    }

    [Fact]
    public void Format_UnknownArgument_UnknownString()
    {
        var value = Value("format(\"%s-%s\", \"a\", unknown_string)");
        Assert.False(value.IsKnown);
        Assert.Equal(HclType.String, value.Type);
    }

    [Theory]
    [InlineData("format(\"%s\", null)")]
    [InlineData("format(\"x\", null)")]
    [InlineData("formatlist(\"%s\", null)")]
    public void Format_UntypedNullArgument_UnknownAsInTerraform(string source)
    {
        // Terraform's console shows "(known after apply)" for these: cty does not call a function whose
        // argument has no type yet, unless the parameter says it can take one.
        Assert.False(Value(source).IsKnown);
    }

    [Fact]
    public void Upper_SensitiveArgument_SensitiveResult()
    {
        var value = Value("upper(secret)");
        Assert.Equal("HUNTER2", value.Unmark().Value.AsString());
        Assert.True(value.HasMark(HclMarks.Sensitive));
    }

    [Fact]
    public void Split_Result_IsListOfString()
    {
        Assert.Equal(HclType.List(HclType.String), Value("split(\",\", \"a,b\")").Type);
    }

    [Fact]
    public void Join_UnknownList_UnknownString()
    {
        var value = Value("join(\",\", unknown_list)");
        Assert.False(value.IsKnown);
        Assert.Equal(HclType.String, value.Type);
    }
}
