using Platform.Hcl.Evaluation;
using Platform.Hcl.Parsing;
using static Platform.Hcl.Tests.Evaluation.ExpressionSource;

namespace Platform.Hcl.Tests.Evaluation;

public class TypeConstraintReaderTests
{
    private static (HclType Type, HclTypeDefaults? Defaults, IReadOnlyList<Platform.Hcl.Diagnostics.Diagnostic> Diagnostics) Read(string source)
    {
        var parsed = HclParser.ParseExpression(source, "types.tf");
        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
        return TypeConstraintReader.ReadWithDefaults(parsed.Value);
    }

    [Theory]
    [InlineData("string", "string")]
    [InlineData("any", "any")]
    [InlineData("list(string)", "list(string)")]
    [InlineData("set(number)", "set(number)")]
    [InlineData("map(list(bool))", "map(list(bool))")]
    [InlineData("tuple([string, number])", "tuple([string, number])")]
    [InlineData("object({name = string, port = number})", "object({name=string, port=number})")]
    [InlineData("object({a = optional(string)})", "object({a=optional(string)})")]
    public void Read_ValidConstraint_Type(string source, string expected)
    {
        var (type, _, diagnostics) = Read(source);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, type.ToString());
    }

    [Theory]
    [InlineData("strin", "The keyword \"strin\" is not a valid type specification.")]
    [InlineData("list", "The list type constructor requires one argument specifying the element type.")]
    [InlineData("lst(string)", "Keyword \"lst\" is not a valid type constructor.")]
    [InlineData("string(1)", "Primitive type keyword \"string\" does not expect arguments.")]
    [InlineData("optional(string)", "Keyword \"optional\" is valid only as a modifier for object type attributes.")]
    [InlineData("object([string])", "Object type constructor requires a map whose keys are attribute names and whose values are the corresponding attribute types.")]
    [InlineData("list(string, number)", "The list type constructor requires one argument specifying the element type.")]
    [InlineData("object", "The object type constructor requires one argument specifying the attribute types and values as a map.")]
    [InlineData("any(1)", "Type constraint keyword \"any\" does not expect arguments.")]
    [InlineData("true", "The keyword \"true\" is not a valid type specification.")]
    public void Read_InvalidConstraint_Diagnostic(string source, string detail)
    {
        var (type, _, diagnostics) = Read(source);

        var error = Assert.Single(diagnostics);
        Assert.Equal("Invalid type specification", error.Summary);
        Assert.Equal(detail, error.Detail);
        Assert.Equal(HclType.Dynamic, type);
    }

    [Fact]
    public void Read_QuotedAttributeName_RejectedLikeTerraform()
    {
        var (type, _, diagnostics) = Read("object({\"port\" = number})");

        Assert.Equal("Object constructor map keys must be attribute names.", Assert.Single(diagnostics).Detail);
        Assert.Equal(HclType.EmptyObject, type);
    }

    [Fact]
    public void ReadWithDefaults_OptionalWithDefault_AppliedToNullAttribute()
    {
        var (type, defaults, diagnostics) = Read("object({name = string, port = optional(number, 8080)})");
        Assert.Empty(diagnostics);

        var converted = HclConversion.Convert(Obj(("name", Str("web"))), type);
        var filled = defaults!.Apply(converted);

        Assert.Equal(Obj(("name", Str("web")), ("port", Num(8080))), filled);
    }

    [Fact]
    public void ReadWithDefaults_NestedInList_AppliedToEachElement()
    {
        var (type, defaults, _) = Read("list(object({tls = optional(bool, true)}))");

        var converted = HclConversion.Convert(HclValue.Tuple(HclValue.EmptyObject, Obj(("tls", HclValue.False))), type);
        var filled = defaults!.Apply(converted);

        Assert.Equal(HclValue.List([Obj(("tls", HclValue.True)), Obj(("tls", HclValue.False))]), filled);
    }

    [Fact]
    public void ReadWithDefaults_IncompatibleDefault_Diagnostic()
    {
        var (_, _, diagnostics) = Read("object({port = optional(number, \"x\")})");

        Assert.Equal("Invalid default value for optional attribute", Assert.Single(diagnostics).Summary);
    }
}
