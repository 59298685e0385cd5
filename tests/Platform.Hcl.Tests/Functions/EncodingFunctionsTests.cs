using System.IO.Compression;
using Platform.Hcl.Evaluation;
using static Platform.Hcl.Tests.Functions.LibrarySource;

namespace Platform.Hcl.Tests.Functions;

public class EncodingFunctionsTests
{
    [Theory]
    [InlineData("base64encode(\"Hello World\")", "SGVsbG8gV29ybGQ=")]
    [InlineData("base64decode(\"SGVsbG8gV29ybGQ=\")", "Hello World")]
    [InlineData("jsonencode({\"hello\"=\"world\"})", "{\"hello\":\"world\"}")]
    [InlineData("jsonencode({b = [1, 2.5, true, null], a = \"x\"})", "{\"a\":\"x\",\"b\":[1,2.5,true,null]}")]
    [InlineData("jsonencode(\"<b>&</b>\")", "\"\\u003cb\\u003e\\u0026\\u003c/b\\u003e\"")]
    [InlineData("jsonencode(\"tab\\there\\u2028\")", "\"tab\\there\\u2028\"")]
    [InlineData("jsonencode(toset([\"b\", \"a\"]))", "[\"a\",\"b\"]")]
    [InlineData("jsonencode(12345678901234567890)", "12345678901234567890")]
    [InlineData("urlencode(\"Hello World!\")", "Hello+World%21")]
    [InlineData("urlencode(\"☃\")", "%E2%98%83")]
    [InlineData("urlencode(\"foo:bar@localhost?foo=bar&bar=baz\")", "foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz")]
    [InlineData("textencodebase64(\"Hello World\", \"UTF-16LE\")", "SABlAGwAbABvACAAVwBvAHIAbABkAA==")]
    [InlineData("textdecodebase64(\"SABlAGwAbABvACAAVwBvAHIAbABkAA==\", \"UTF-16LE\")", "Hello World")]
    [InlineData("yamlencode({\"a\":\"b\", \"c\":\"d\"})", "\"a\": \"b\"\n\"c\": \"d\"\n")]
    [InlineData("yamlencode({\"foo\":[1, 2, 3], \"bar\": \"baz\"})", "\"bar\": \"baz\"\n\"foo\":\n- 1\n- 2\n- 3\n")]
    [InlineData("yamlencode({\"foo\":[1, {\"a\":\"b\",\"c\":\"d\"}, 3], \"bar\": \"baz\"})", "\"bar\": \"baz\"\n\"foo\":\n- 1\n- \"a\": \"b\"\n  \"c\": \"d\"\n- 3\n")]
    [InlineData("yamlencode({a = {b = {c = 1}}, e = []})", "\"a\":\n  \"b\":\n    \"c\": 1\n\"e\": []\n")]
    [InlineData("yamlencode([[1, 2], null, true])", "- - 1\n  - 2\n- null\n- true\n")]
    [InlineData("yamlencode({s = \"line1\\nline2\"})", "\"s\": |-\n  line1\n  line2\n")]
    [InlineData("yamlencode(\"x\")", "\"x\"\n")]
    [InlineData("yamlencode(\"\")", "\"\"\n")]
    [InlineData("yamlencode(true)", "true\n...\n")]
    [InlineData("yamlencode(0)", "0\n...\n")]
    [InlineData("yamlencode(null)", "null\n...\n")]
    [InlineData("yamlencode({})", "{}\n")]
    [InlineData("yamlencode([])", "[]\n")]
    [InlineData("yamlencode(toset([\"b\"]))", "- \"b\"\n")]
    public void Call_DocumentedExample_TerraformResult(string source, string expected)
    {
        Assert.Equal(expected, Value(source).AsString());
    }

    [Theory]
    [InlineData("jsondecode(\"{\\\"hello\\\": \\\"world\\\"}\")", "{\"hello\":\"world\"}")]
    [InlineData("jsondecode(\"true\")", "true")]
    [InlineData("jsondecode(\"[1, \\\"a\\\", null, {\\\"b\\\": [2.5e3]}]\")", "[1,\"a\",null,{\"b\":[2500]}]")]
    [InlineData("jsondecode(\"\\\"\\\\u00e9\\\\n\\\"\")", "\"é\\n\"")]
    [InlineData("csvdecode(\"a,b,c\\n1,2,3\\n4,5,6\")", "[{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\"},{\"a\":\"4\",\"b\":\"5\",\"c\":\"6\"}]")]
    [InlineData("csvdecode(\"a,b\\n\\\"x,\\\"\\\"y\\\"\\\"\\\",z\\n\")", "[{\"a\":\"x,\\\"y\\\"\",\"b\":\"z\"}]")]
    [InlineData("csvdecode(\"a,b\")", "[]")]
    [InlineData("yamldecode(\"hello: world\")", "{\"hello\":\"world\"}")]
    [InlineData("yamldecode(\"true\")", "true")]
    [InlineData("yamldecode(\"{a: &foo [1, 2, 3], b: *foo}\")", "{\"a\":[1,2,3],\"b\":[1,2,3]}")]
    [InlineData("yamldecode(\"- 0x1F\\n- !!int 0x1F\\n- 1.5\\n- ~\\n- 'true'\\n- yes\\n- 1e3\\n- 0b101\\n- 1_000\\n- .5\")", "[\"0x1F\",31,1.5,null,\"true\",true,1000,5,1000,0.5]")]
    [InlineData("yamldecode(\"- 2001-12-14\\n- 2001-12-14t21:59:43.10-05:00\\n- !!str 2001-12-14\")", "[\"2001-12-14T00:00:00Z\",\"2001-12-14T21:59:43-05:00\",\"2001-12-14\"]")]
    [InlineData("yamldecode(\"\")", "null")]
    public void Decode_DocumentedExample_TerraformValue(string source, string expectedJson)
    {
        Assert.Equal(expectedJson, EvalToJson(source));
    }

    [Theory]
    [InlineData("jsondecode(\"{\")", "Invalid function argument; Invalid value for \"str\" parameter: unexpected end of JSON input.")]
    [InlineData("jsondecode(\"[1,]\")", "Invalid function argument; Invalid value for \"str\" parameter: invalid character ']' looking for beginning of value.")]
    [InlineData("jsondecode(\"{} x\")", "Invalid function argument; Invalid value for \"str\" parameter: invalid character 'x' after top-level value.")]
    [InlineData("base64decode(\"!!\")", "Error in function call; Call to function \"base64decode\" failed: failed to decode base64 data \"!!\".")]
    [InlineData("base64decode(sensitive(\"!!\"))", "Error in function call; Call to function \"base64decode\" failed: failed to decode base64 data (sensitive value).")]
    [InlineData("yamldecode(\"a: !not-supported foo\")", "Invalid function argument; Invalid value for \"src\" parameter: unsupported tag \"!not-supported\".")]
    [InlineData("yamldecode(\"a: .nan\")", "Invalid function argument; Invalid value for \"src\" parameter: floating point NaN is not supported.")]
    [InlineData("csvdecode(\"\")", "Invalid function argument; Invalid value for \"str\" parameter: missing header line.")]
    [InlineData("csvdecode(\"a,b\\n1\")", "Invalid function argument; Invalid value for \"str\" parameter: CSV parse error on line 2: wrong number of fields.")]
    [InlineData("csvdecode(\"a,a\\n1,2\\n\")", "Error in function call; Call to function \"csvdecode\" failed: duplicate column name \"a\".")]
    [InlineData("textencodebase64(\"x\", \"NOPE-1\")", "Invalid function argument; Invalid value for \"encoding\" parameter: \"NOPE-1\" is not a supported IANA encoding name or alias in this Terraform version.")]
    public void Call_BadArguments_TerraformMessage(string source, string expected)
    {
        Assert.Equal(expected, Error(source));
    }

    [Theory]
    [InlineData("jsonencode(null)", "null")]
    [InlineData("yamlencode(null)", "null\n...\n")]
    [InlineData("jsonencode(merge(null, {a = 1}))", "{\"a\":1}")]
    public void Encode_UntypedNull_EncodedAsInTerraform(string source, string expected)
    {
        // These parameters accept a value of no type yet (cty AllowDynamicType), so a bare null is encoded.
        Assert.Equal(expected, Value(source).AsString());
    }

    [Fact]
    public void JsonDecode_NestingFarPastGoLimit_ErrorNotStackOverflow()
    {
        var nested = new string('[', 100_000) + new string(']', 100_000);
        var context = Context().WithVariable("text", Platform.Hcl.Evaluation.HclValue.FromString(nested));

        Assert.Equal("Invalid function argument; Invalid value for \"str\" parameter: exceeded max depth.", Error("jsondecode(text)", context));
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("- ", "x")]
    public void YamlDecode_NestingFarPastLimit_ErrorNotStackOverflow(string open, string close)
    {
        var nested = string.Concat(Enumerable.Repeat(open, 100_000)) + (close == "]" ? new string(']', 100_000) : close);
        var context = Context().WithVariable("text", Platform.Hcl.Evaluation.HclValue.FromString(nested));

        Assert.Equal("Invalid function argument; Invalid value for \"src\" parameter: exceeded max depth of 1000.", Error("yamldecode(text)", context));
    }

    [Fact]
    public void JsonDecode_Object_KeepsExactTypes()
    {
        var value = Value("jsondecode(\"{\\\"a\\\": [1, \\\"x\\\"]}\")");
        Assert.Equal(HclType.Object([KeyValuePair.Create("a", HclType.Tuple(HclType.Number, HclType.String))]), value.Type);
    }

    [Fact]
    public void JsonEncode_UnknownInside_UnknownString()
    {
        var value = Value("jsonencode({a = unknown_string})");
        Assert.False(value.IsKnown);
        Assert.Equal(HclType.String, value.Type);
    }

    [Fact]
    public void JsonEncode_SensitiveInside_SensitiveResult()
    {
        Assert.True(Value("jsonencode({a = secret})").HasMark(HclMarks.Sensitive));
    }

    [Fact]
    public void Base64Gzip_Text_DecompressesToOriginal()
    {
        var encoded = Value("base64gzip(\"hello hello hello\")").AsString();
        using var input = new GZipStream(new MemoryStream(Convert.FromBase64String(encoded)), CompressionMode.Decompress);
        using var reader = new StreamReader(input);
        Assert.Equal("hello hello hello", reader.ReadToEnd());
    }

    [Fact]
    public void JsonRoundTrip_NestedValue_Unchanged()
    {
        Assert.Equal("{\"a\":[1,{\"b\":null}],\"c\":\"\\u003c\"}", EvalToJson("jsondecode(jsonencode({a = [1, {b = null}], c = \"<\"}))"));
    }

    [Fact]
    public void YamlRoundTrip_NestedValue_Unchanged()
    {
        Assert.Equal("{\"a\":[1,{\"b\":\"x\\ny\"}],\"c\":\"\"}", EvalToJson("yamldecode(yamlencode({a = [1, {b = \"x\\ny\"}], c = \"\"}))"));
    }
}
