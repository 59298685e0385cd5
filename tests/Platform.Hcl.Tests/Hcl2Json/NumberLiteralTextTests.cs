using Platform.Hcl.Json.Hcl2Json;

namespace Platform.Hcl.Tests.Hcl2Json;

public sealed class NumberLiteralTextTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("007", "7")]
    [InlineData("1.50", "1.5")]
    [InlineData("1.0", "1")]
    [InlineData("0.001", "0.001")]
    [InlineData("1e3", "1000")]
    [InlineData("1E+2", "100")]
    [InlineData("15e-11", "0.00000000015")]
    [InlineData("1200", "1200")]
    [InlineData("12.5e1", "125")]
    [InlineData("12345678901234567890123", "12345678901234567890123")]
    [InlineData("0.0e5", "0")]
    public void Format_Literal_PlainDecimalLikeCty(string literal, string expected) =>
        Assert.Equal(expected, NumberLiteralText.Format(literal));

    [Theory]
    [InlineData("1.50", "-1.5")]
    [InlineData("0", "-0")]
    public void Format_Negated_PrefixesMinus(string literal, string expected) =>
        Assert.Equal(expected, NumberLiteralText.Format(literal, negate: true));

    [Fact]
    public void Format_HugeExponent_KeepsExponentFormInsteadOfMillionsOfZeros() =>
        Assert.Equal("1.5e999999", NumberLiteralText.Format("15e999998"));

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("1e")]
    [InlineData("e5")]
    [InlineData("")]
    public void TryFormat_TextThatIsNoNumberLiteral_ReturnsFalse(string text) =>
        Assert.False(NumberLiteralText.TryFormat(text, negate: false, out _));
}
