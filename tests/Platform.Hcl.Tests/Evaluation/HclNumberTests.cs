using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Tests.Evaluation;

public class HclNumberTests
{
    [Theory]
    [InlineData("1.5", "1.5")]
    [InlineData("100", "100")]
    [InlineData("0.1", "0.1")]
    [InlineData("1e21", "1000000000000000000000")]
    [InlineData("-2.50", "-2.5")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    public void ToString_ParsedLiteral_ShortestFixedText(string text, string expected)
    {
        Assert.Equal(expected, HclNumber.Parse(text).ToString());
    }

    [Fact]
    public void Add_BigLiteral_KeepsFullPrecision()
    {
        var sum = HclNumber.Parse("3.14159265358979323846264338327950288419716939937510582097494459") + HclNumber.Parse("1");

        Assert.Equal(HclNumber.Parse("4.14159265358979323846264338327950288419716939937510582097494459"), sum);
        Assert.Equal("4.14159265358979323846264338327950288419716939937510582097494459", sum.ToString());
    }

    [Fact]
    public void Modulo_FractionalDivisor_MatchesCtyBinaryResult()
    {
        var result = HclNumber.Parse("11") % HclNumber.Parse("5.1");
        var expected = HclNumber.Parse("0.80000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000024");

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("2", "3.5", "+", "5.5")]
    [InlineData("3.5", "2", "-", "1.5")]
    [InlineData("2", "3.5", "-", "-1.5")]
    [InlineData("2", "4.5", "*", "9")]
    [InlineData("1", "10", "/", "0.1")]
    [InlineData("11", "5", "%", "1")]
    [InlineData("-7", "3", "%", "-1")]
    public void Operators_SpecSuiteCases_ExpectedResult(string left, string right, string op, string expected)
    {
        var a = HclNumber.Parse(left);
        var b = HclNumber.Parse(right);
        var result = op switch { "+" => a + b, "-" => a - b, "*" => a * b, "/" => a / b, _ => a % b };

        Assert.Equal(HclNumber.Parse(expected), result);
        Assert.Equal(expected, result.ToString());
    }

    [Fact]
    public void Divide_OneThirdAtLiteralPrecision_HasAboutOneHundredFiftyDigits()
    {
        var third = HclNumber.Parse("1") / HclNumber.Parse("3");

        Assert.StartsWith("0.3333333333", third.ToString());
        Assert.InRange(third.ToString().Length, 150, 160);
    }

    [Fact]
    public void Divide_ByZero_IsInfinity()
    {
        Assert.Equal("+Inf", (HclNumber.Parse("1") / HclNumber.Zero).ToString());
        Assert.Throws<ArithmeticException>(() => HclNumber.Zero / HclNumber.Zero);
    }

    [Fact]
    public void FromLong_Huge_ExactInteger()
    {
        var big = HclNumber.FromLong(long.MaxValue) * HclNumber.FromLong(long.MaxValue);

        Assert.Equal("85070591730234615847396907784232501249", big.ToString());
        Assert.True(big.IsInteger);
    }

    [Fact]
    public void FromDouble_PointOne_EqualToLiteralByShortestText()
    {
        // cty compares non-integers by their shortest text at each one's own precision: both read "0.1".
        Assert.Equal("0.1", HclNumber.FromDouble(0.1).ToString());
        Assert.Equal(HclNumber.Parse("0.1"), HclNumber.FromDouble(0.1));
        Assert.NotEqual(HclNumber.Parse("0.1"), HclNumber.Parse("0.10000000000000001"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1e")]
    [InlineData("1.2.3")]
    public void TryParse_NotANumber_False(string text)
    {
        Assert.False(HclNumber.TryParse(text, out _));
    }

    [Fact]
    public void CompareTo_MixedSigns_NumericOrder()
    {
        var values = new[] { "3", "-1.5", "0", "2.25", "-10" }.Select(HclNumber.Parse).Order().Select(n => n.ToString());

        Assert.Equal(["-10", "-1.5", "0", "2.25", "3"], values);
    }
}
