using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Tests.Evaluation;

public class HclValueTests
{
    [Fact]
    public void EqualTo_DifferentTypes_False()
    {
        Assert.Equal(HclValue.False, HclValue.FromString("1").EqualTo(HclValue.FromNumber(1)));
    }

    [Fact]
    public void EqualTo_UnknownOperand_UnknownBool()
    {
        var result = HclValue.Unknown(HclType.String).EqualTo(HclValue.FromString("a"));

        Assert.False(result.IsKnown);
        Assert.Equal(HclType.Bool, result.Type);
    }

    [Fact]
    public void EqualTo_NullsOfDifferentTypes_True()
    {
        Assert.Equal(HclValue.True, HclValue.Null(HclType.String).EqualTo(HclValue.DynamicNull));
    }

    [Fact]
    public void EqualTo_MarkedOperand_ResultMarked()
    {
        var result = HclValue.FromString("a").Mark(HclMarks.Sensitive).EqualTo(HclValue.FromString("a"));

        Assert.True(result.HasMark(HclMarks.Sensitive));
        Assert.True(result.Unmark().Value.AsBool());
    }

    [Fact]
    public void Set_Numbers_AscendingAndDistinct()
    {
        var set = HclValue.Set([HclValue.FromNumber(3), HclValue.FromNumber(1), HclValue.FromNumber(3), HclValue.FromNumber(2)]);

        Assert.Equal([1, 2, 3], set.Elements.Select(e => e.AsInt()));
    }

    [Fact]
    public void Index_MarkedList_ElementCarriesMark()
    {
        var list = HclValue.List([HclValue.FromString("a")]).Mark(HclMarks.Sensitive);

        Assert.True(list.Index(HclValue.FromNumber(0)).HasMark(HclMarks.Sensitive));
    }

    [Fact]
    public void Index_UnknownList_UnknownElement()
    {
        var element = HclValue.Unknown(HclType.List(HclType.String)).Index(HclValue.FromNumber(0));

        Assert.Equal(HclValue.Unknown(HclType.String), element);
    }

    [Fact]
    public void HasIndex_OutOfRange_False()
    {
        Assert.Equal(HclValue.False, HclValue.List([HclValue.True]).HasIndex(HclValue.FromNumber(1)));
    }

    [Fact]
    public void Object_Attributes_SortedByName()
    {
        var obj = HclValue.Object([KeyValuePair.Create("b", HclValue.True), KeyValuePair.Create("a", HclValue.False)]);

        Assert.Equal(["a", "b"], obj.Entries.Keys);
        Assert.Equal("object", obj.Type.FriendlyName);
    }

    [Fact]
    public void FriendlyName_NestedCollections_CtyWording()
    {
        Assert.Equal("list of map of number", HclType.List(HclType.Map(HclType.Number)).FriendlyName);
        Assert.Equal("list of any type", HclType.List(HclType.Dynamic).FriendlyNameForConstraint);
        Assert.Equal("list(map(number))", HclType.List(HclType.Map(HclType.Number)).ToString());
    }

    [Fact]
    public void UnmarkDeep_NestedMark_CollectsAndRemoves()
    {
        var list = HclValue.List([HclValue.FromString("a").Mark(HclMarks.Sensitive)]);

        var (value, marks) = list.UnmarkDeep();

        Assert.Contains(HclMarks.Sensitive, marks);
        Assert.False(value.ContainsMarked());
    }
}

public class SetOrderTests
{
    [Theory]
    [InlineData("1e21", "1e+21")]
    [InlineData("123456789012", "1.23456789e+11")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("0.00001", "1e-05")]
    [InlineData("100", "100")]
    [InlineData("1.5", "1.5")]
    [InlineData("3.14159265358979", "3.141592654")]
    public void FormatGeneral10_GoBigFloatString(string text, string expected)
    {
        Assert.Equal(expected, HclNumberText.FormatGeneral10(HclNumber.Parse(text)));
    }

    [Fact]
    public void Set_Objects_OrderedByCtyRendering()
    {
        static HclValue Obj(string name, long n) => HclValue.Object([KeyValuePair.Create("name", HclValue.FromString(name)), KeyValuePair.Create("n", HclValue.FromNumber(n))]);

        var set = HclValue.Set([Obj("b", 2), Obj("a", 10), Obj("a", 2)]);

        // Renders as <n;name;>: "<10;\"a\";>" < "<2;\"a\";>" < "<2;\"b\";>" bytewise.
        Assert.Equal([Obj("a", 10), Obj("a", 2), Obj("b", 2)], set.Elements.ToArray());
    }

    [Fact]
    public void Set_MarkedElement_MarkMovesToSet()
    {
        var set = HclValue.Set([HclValue.FromString("a").Mark(HclMarks.Sensitive), HclValue.FromString("a")]);

        Assert.True(set.HasMark(HclMarks.Sensitive));
        Assert.Equal([HclValue.FromString("a")], set.Elements.ToArray());
    }

    [Fact]
    public void Set_NullsAndUnknowns_SortLast()
    {
        var set = HclValue.Set(HclType.String, [HclValue.Null(HclType.String), HclValue.Unknown(HclType.String), HclValue.FromString("z")]);

        Assert.Equal([HclValue.FromString("z"), HclValue.Unknown(HclType.String), HclValue.Null(HclType.String)], set.Elements.ToArray());
    }
}
