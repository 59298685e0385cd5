using Platform.Hcl.Decoding.Native;
using Platform.Hcl.Decoding.Typed;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Tests.Decoding;

/// <summary>How attribute values that do not fit a CLR property are reported: never with a secret, never at length.</summary>
public class HclModelDecoderValueTests
{
    public enum Mode
    {
        Fast,
        Safe,
    }

    public sealed class Settings
    {
        [HclAttribute("mode", Optional = true)]
        public Mode Mode { get; set; }

        [HclAttribute("port", Optional = true)]
        public int Port { get; set; }

        [HclAttribute("size", Optional = true)]
        public long Size { get; set; }

        [HclAttribute("ratio", Optional = true)]
        public double Ratio { get; set; }

        [HclAttribute("price", Optional = true)]
        public decimal Price { get; set; }

        [HclAttribute("modes", Optional = true)]
        public List<Mode> Modes { get; set; } = [];
    }

    private static Platform.Hcl.Diagnostics.Diagnostic DecodeError(string hcl, EvalContext? context = null)
    {
        var parsed = HclParser.ParseConfig(hcl, "main.hcl");
        Assert.Empty(parsed.Diagnostics);
        var (_, diagnostics) = HclModelDecoder.Decode<Settings>(new NativeBody(parsed.Value.Body), context);
        return Assert.Single(diagnostics);
    }

    [Theory]
    [InlineData("mode = secret\n", "hunter2")]
    [InlineData("port = secret_number\n", "31337.5")]
    [InlineData("size = secret_number\n", "31337.5")]
    [InlineData("modes = [\"fast\", secret]\n", "hunter2")]
    public void Decode_SensitiveValueThatDoesNotFit_ErrorDoesNotShowTheValue(string hcl, string secret)
    {
        var context = new EvalContext()
            .WithVariable("secret", HclValue.FromString("hunter2").Mark(HclMarks.Sensitive))
            .WithVariable("secret_number", HclValue.FromNumber(HclNumber.Parse("31337.5")).Mark(HclMarks.Sensitive));

        var error = DecodeError(hcl, context);

        Assert.Equal("Unsuitable value type", error.Summary);
        Assert.DoesNotContain(secret, error.Detail, StringComparison.Ordinal);
        Assert.Contains("(sensitive value)", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NumberTooLargeForDouble_ReportsInsteadOfStoringInfinity()
    {
        var error = DecodeError("ratio = 1e400\n");

        Assert.Equal("Unsuitable value for argument \"ratio\": the number is too large for a double-precision number.", error.Detail);
    }

    [Theory]
    [InlineData("port = 1e100000\n")]
    [InlineData("size = 1e100000\n")]
    [InlineData("price = 1e100000\n")]
    public void Decode_HugeNumberThatDoesNotFit_MessageStaysShort(string hcl)
    {
        var error = DecodeError(hcl);

        Assert.InRange(error.Detail.Length, 1, 200);
    }

    [Fact]
    public void Decode_TinyDecimal_RoundsToZeroAsDecimalParsingDoes()
    {
        var parsed = HclParser.ParseConfig("price = 1e-99999\n", "main.hcl");
        var (settings, diagnostics) = HclModelDecoder.Decode<Settings>(new NativeBody(parsed.Value.Body), null);

        Assert.Empty(diagnostics);
        Assert.Equal(0m, settings.Price);
    }
}
