using CsCheck;
using Platform.Secrets.Grains.Indexes;

namespace Secrets.Core.Tests.Grains.Indexes;

public sealed class IndexNodePackingTests
{
    private static readonly Gen<string> Member = Gen.OneOf(Gen.String, Gen.String[Gen.Char.AlphaNumeric, 64, 64], Gen.String[Gen.Char['\u00e0', '\u4e00'], 0, 12], Gen.Const(""));

    [Fact]
    public void Unpack_AnyPackedLongNode_GivesBackEveryMemberAndValue() =>
        Gen.Dictionary(Member, Gen.OneOf(Gen.Long, Gen.Const(0L), Gen.Const(long.MinValue), Gen.Const(long.MaxValue)))[0, 40]
            .Sample(entries =>
            {
                var node = new Dictionary<string, long>(entries, StringComparer.Ordinal);
                Assert.Equal(node.OrderBy(pair => pair.Key, StringComparer.Ordinal), IndexNodePacking.Unpack<long>(IndexNodePacking.Pack(node)).OrderBy(pair => pair.Key, StringComparer.Ordinal));
            });

    [Fact]
    public void Unpack_AnyPackedStringNode_GivesBackEveryMemberAndValue() =>
        Gen.Dictionary(Member, Member)[0, 40]
            .Sample(entries =>
            {
                var node = new Dictionary<string, string>(entries, StringComparer.Ordinal);
                Assert.Equal(node.OrderBy(pair => pair.Key, StringComparer.Ordinal), IndexNodePacking.Unpack<string>(IndexNodePacking.Pack(node)).OrderBy(pair => pair.Key, StringComparer.Ordinal));
            });

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 2, 0 })]
    [InlineData(new byte[] { 1, 0, 0 })]
    public void Unpack_BytesOfNoKnownLayout_Throws(byte[] packed) =>
        Assert.Throws<InvalidDataException>(() => IndexNodePacking.Unpack<long>(packed));
}
