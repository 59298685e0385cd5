using Platform.Hcl.Evaluation;
using static Platform.Hcl.Tests.Functions.LibrarySource;

namespace Platform.Hcl.Tests.Functions;

public class MapAndSetFunctionsTests
{
    [Theory]
    [InlineData("keys({a=1, c=2, d=3})", "[\"a\",\"c\",\"d\"]")]
    [InlineData("values({a=3, c=2, d=1})", "[3,2,1]")]
    [InlineData("lookup({a=\"ay\", b=\"bee\"}, \"a\", \"what?\")", "\"ay\"")]
    [InlineData("lookup({a=\"ay\", b=\"bee\"}, \"c\", \"what?\")", "\"what?\"")]
    [InlineData("lookup({a=\"ay\"}, \"a\")", "\"ay\"")]
    [InlineData("matchkeys([\"i-123\", \"i-abc\", \"i-def\"], [\"us-west\", \"us-east\", \"us-east\"], [\"us-east\"])", "[\"i-abc\",\"i-def\"]")]
    [InlineData("matchkeys([\"a\", \"b\", \"c\"], [1, 2, 3], [2])", "[\"b\"]")]
    [InlineData("matchkeys([\"a\"], [1], [])", "[]")]
    [InlineData("lookup({a=1}, \"b\", \"x\")", "\"x\"")]
    [InlineData("lookup({a=1, b=\"x\"}, \"c\", true)", "true")]
    [InlineData("merge({a=\"b\", c=\"d\"}, {e=\"f\", c=\"z\"})", "{\"a\":\"b\",\"c\":\"z\",\"e\":\"f\"}")]
    [InlineData("merge({a=\"b\"}, {a=[1,2], c=\"z\"}, {d=3})", "{\"a\":[1,2],\"c\":\"z\",\"d\":3}")]
    [InlineData("merge({a=1}, null)", "{\"a\":1}")]
    [InlineData("transpose({\"a\" = [\"1\", \"2\"], \"b\" = [\"2\", \"3\"]})", "{\"1\":[\"a\"],\"2\":[\"a\",\"b\"],\"3\":[\"b\"]}")]
    [InlineData("zipmap([\"a\", \"b\"], [1, 2])", "{\"a\":1,\"b\":2}")]
    [InlineData("setintersection([\"a\", \"b\"], [\"b\", \"c\"], [\"b\", \"d\"])", "[\"b\"]")]
    [InlineData("setsubtract([\"a\", \"b\", \"c\"], [\"a\", \"c\"])", "[\"b\"]")]
    [InlineData("setunion([\"a\", \"b\"], [\"b\", \"c\"], [\"d\"])", "[\"a\",\"b\",\"c\",\"d\"]")]
    [InlineData("setproduct([\"development\", \"staging\"], [\"app1\", \"app2\"])", "[[\"development\",\"app1\"],[\"development\",\"app2\"],[\"staging\",\"app1\"],[\"staging\",\"app2\"]]")]
    [InlineData("setproduct([\"a\"], [1, 2])", "[[\"a\",1],[\"a\",2]]")]
    public void Call_DocumentedExample_TerraformResult(string source, string expected)
    {
        Assert.Equal(expected, EvalToJson(source));
    }

    [Theory]
    [InlineData("lookup(tomap({a=1}), \"b\")", "Error in function call; Call to function \"lookup\" failed: lookup failed to find key \"b\".")]
    [InlineData("lookup({a=1}, \"b\")", "Invalid function argument; Invalid value for \"inputMap\" parameter: the given object has no attribute \"b\".")]
    [InlineData("zipmap([\"a\"], [1, 2])", "Error in function call; Call to function \"zipmap\" failed: number of keys (1) does not match number of values (2).")]
    [InlineData("merge({a=1}, [1])", "Invalid function argument; Invalid value for \"maps\" parameter: arguments must be maps or objects, got \"tuple\".")]
    [InlineData("keys(\"a\")", "Invalid function argument; Invalid value for \"inputMap\" parameter: must have map or object type.")]
    [InlineData("lookup(tomap({a=1}), \"b\", \"x\")", "Invalid function argument; Invalid value for \"default\" parameter: the default value must have the same type as the map elements.")]
    [InlineData("lookup({a=\"x\"}, \"b\", 1, 2)", "Error in function call; Call to function \"lookup\" failed: lookup() takes two or three arguments, got 4.")]
    [InlineData("lookup(tomap({a=1}), sensitive(\"b\"))", "Error in function call; Call to function \"lookup\" failed: lookup failed to find key (sensitive value).")]
    [InlineData("lookup([1], \"a\")", "Invalid function argument; Invalid value for \"inputMap\" parameter: lookup() requires a map as the first argument.")]
    [InlineData("matchkeys([1], [1, 2], [1])", "Error in function call; Call to function \"matchkeys\" failed: length of keys and values should be equal.")]
    [InlineData("transpose({a = null})", "Error in function call; Call to function \"transpose\" failed: input must not contain null list.")]
    public void Call_BadArguments_TerraformMessage(string source, string expected)
    {
        Assert.Equal(expected, Error(source));
    }

    [Theory]
    [InlineData("setproduct([\"a\"], [1])", "list(tuple([string, number]))")]
    [InlineData("setproduct(toset([\"a\"]), [1])", "set(tuple([string, number]))")]
    [InlineData("setproduct([], [1])", "list(tuple([any, number]))")]
    [InlineData("setproduct([\"a\"], [null, 1])", "list(tuple([string, number]))")]
    [InlineData("setproduct(toset([\"a\"]), [-1, \"b\", null])", "set(tuple([string, string]))")]
    public void SetProduct_Inputs_CollectionOfTuplesAsTerraform(string source, string expectedType)
    {
        Assert.Equal(expectedType, Value(source).Type.ToString());
    }

    [Fact]
    public void Lookup_SensitiveMap_SensitiveResult()
    {
        Assert.True(Value("lookup(sensitive({a = 1}), \"a\")").HasMark(HclMarks.Sensitive));
        Assert.True(Value("lookup({a = 1}, sensitive(\"a\"))").HasMark(HclMarks.Sensitive));
    }

    [Fact]
    public void Lookup_UnknownKey_UnknownOfElementType()
    {
        var value = Value("lookup(tomap({a = 1}), unknown_string)");
        Assert.False(value.IsKnown);
        Assert.Equal(HclType.Number, value.Type);
    }

    [Fact]
    public void Keys_Map_ListOfString()
    {
        Assert.Equal(HclType.List(HclType.String), Value("keys(tomap({a=1}))").Type);
    }

    [Fact]
    public void Merge_Maps_MapResult()
    {
        Assert.Equal(HclType.Map(HclType.String), Value("merge(tomap({a=\"x\"}), tomap({b=\"y\"}))").Type);
    }

    [Fact]
    public void SetUnion_Result_IsSet()
    {
        Assert.Equal(HclType.Set(HclType.String), Value("setunion([\"a\"], [\"b\"])").Type);
    }
}
