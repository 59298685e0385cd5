using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Tests.Evaluation;

public class HclConversionTests
{
    private static HclValue Str(string s) => HclValue.FromString(s);

    private static HclValue Num(long n) => HclValue.FromNumber(n);

    [Fact]
    public void Convert_StringToNumber_Parses()
    {
        Assert.Equal(HclNumber.Parse("12"), HclConversion.Convert(Str("12"), HclType.Number).AsNumber());
    }

    [Fact]
    public void Convert_BadStringToNumber_CtyMessage()
    {
        var e = Assert.Throws<HclConversionException>(() => HclConversion.Convert(Str("abc"), HclType.Number));

        Assert.Equal("a number is required", e.Message);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    public void Convert_StringToBool_Accepted(string text, bool expected)
    {
        Assert.Equal(expected, HclConversion.Convert(Str(text), HclType.Bool).AsBool());
    }

    [Fact]
    public void Convert_UppercaseTrue_SuggestsLowercase()
    {
        var e = Assert.Throws<HclConversionException>(() => HclConversion.Convert(Str("True"), HclType.Bool));

        Assert.Equal("a bool is required; to convert from string, use lowercase \"true\"", e.Message);
    }

    [Fact]
    public void Convert_NumberToString_ShortestText()
    {
        Assert.Equal("1.5", HclConversion.Convert(HclValue.FromNumber(HclNumber.Parse("1.5")), HclType.String).AsString());
        Assert.Equal("true", HclConversion.Convert(HclValue.True, HclType.String).AsString());
    }

    [Fact]
    public void Convert_MixedTupleToDynamicList_UnifiesToString()
    {
        var list = HclConversion.Convert(HclValue.Tuple(Str("a"), Num(1), HclValue.True), HclType.List(HclType.Dynamic));

        Assert.Equal(HclType.List(HclType.String), list.Type);
        Assert.Equal(["a", "1", "true"], list.Elements.Select(e => e.AsString()));
    }

    [Fact]
    public void Convert_TupleWithObjectToListOfString_ElementMessage()
    {
        var tuple = HclValue.Tuple(Str("a"), HclValue.Object([KeyValuePair.Create("x", Num(1))]));

        var e = Assert.Throws<HclConversionException>(() => HclConversion.Convert(tuple, HclType.List(HclType.String)));

        Assert.Equal("element 1: string required", e.Message);
    }

    [Fact]
    public void Convert_ListOfBadStrings_PathInMessage()
    {
        var e = Assert.Throws<HclConversionException>(() =>
            HclConversion.Convert(HclValue.List([Str("1"), Str("x")]), HclType.List(HclType.Number)));

        Assert.Equal("[1]", e.Path);
        Assert.Equal("a number is required", e.Reason);
    }

    [Fact]
    public void Convert_ListToSet_DedupesAndSorts()
    {
        var set = HclConversion.Convert(HclValue.List([Str("b"), Str("a"), Str("b")]), HclType.Set(HclType.String));

        Assert.Equal(["a", "b"], set.Elements.Select(e => e.AsString()));
    }

    [Fact]
    public void Convert_ObjectMissingAttribute_CtyMessage()
    {
        var want = HclType.Object([KeyValuePair.Create("a", HclType.String), KeyValuePair.Create("b", HclType.Number)]);
        var got = HclValue.Object([KeyValuePair.Create("a", Str("x"))]);

        var e = Assert.Throws<HclConversionException>(() => HclConversion.Convert(got, want));

        Assert.Equal("attribute \"b\" is required", e.Message);
    }

    [Fact]
    public void Convert_OptionalAttributeMissing_FilledWithNull()
    {
        var want = HclType.ObjectWithOptionalAttributes(
            [KeyValuePair.Create("a", HclType.String), KeyValuePair.Create("b", HclType.Number)], ["b"]);

        var result = HclConversion.Convert(HclValue.Object([KeyValuePair.Create("a", Str("x"))]), want);

        Assert.True(result.GetAttribute("b").IsNull);
        Assert.Empty(result.Type.OptionalAttributes);
    }

    [Fact]
    public void Convert_NullAndUnknown_KeepStateWithNewType()
    {
        Assert.Equal(HclValue.Null(HclType.String), HclConversion.Convert(HclValue.DynamicNull, HclType.String));
        Assert.Equal(HclValue.Unknown(HclType.Number), HclConversion.Convert(HclValue.Unknown(HclType.String), HclType.Number));
    }

    [Fact]
    public void Convert_MarkedValue_KeepsMarks()
    {
        var result = HclConversion.Convert(Num(5).Mark(HclMarks.Sensitive), HclType.String);

        Assert.True(result.HasMark(HclMarks.Sensitive));
        Assert.Equal("5", result.Unmark().Value.AsString());
    }

    [Fact]
    public void MismatchMessage_ListElement_CtyWording()
    {
        Assert.Equal("incorrect list element type: string required",
            HclConversion.MismatchMessage(HclType.List(HclType.Bool), HclType.List(HclType.String)));
        Assert.Equal("string required", HclConversion.MismatchMessage(HclType.EmptyObject, HclType.String));
    }

    [Fact]
    public void Unify_StringAndNumber_String()
    {
        Assert.Equal(HclType.String, HclConversion.Unify([HclType.String, HclType.Number]));
        Assert.Null(HclConversion.Unify([HclType.Bool, HclType.Number]));
    }

    [Fact]
    public void Unify_ObjectsWithDifferentAttributes_Map()
    {
        var a = HclType.Object([KeyValuePair.Create("x", HclType.String)]);
        var b = HclType.Object([KeyValuePair.Create("y", HclType.Number)]);

        Assert.Equal(HclType.Map(HclType.String), HclConversion.Unify([a, b]));
    }

    [Fact]
    public void Convert_TupleWithDynamicUnknown_UnifiesToKnownElementType()
    {
        var list = HclConversion.Convert(HclValue.Tuple(Str("a"), HclValue.DynamicUnknown), HclType.List(HclType.Dynamic));

        Assert.Equal(HclValue.List(HclType.String, [Str("a"), HclValue.Unknown(HclType.String)]), list);
    }

    [Fact]
    public void Convert_TupleMixingCollectionAndDynamicUnknown_NoConversionAsCty()
    {
        var tuple = HclValue.Tuple(HclValue.List([Str("a")]), HclValue.DynamicUnknown);

        var e = Assert.Throws<HclConversionException>(() => HclConversion.Convert(tuple, HclType.List(HclType.Dynamic)));

        Assert.Equal("all list elements must have the same type", e.Message);
    }
}
