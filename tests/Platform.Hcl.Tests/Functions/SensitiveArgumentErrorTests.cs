using static Platform.Hcl.Tests.Functions.LibrarySource;

namespace Platform.Hcl.Tests.Functions;

public class SensitiveArgumentErrorTests
{
    // `secret` is the sensitive string "hunter2". Terraform quotes these arguments in its messages; a
    // diagnostic must never carry a sensitive value, whatever Terraform does.
    [Theory]
    [InlineData("parseint(secret, 10)")]
    [InlineData("cidrhost(secret, 1)")]
    [InlineData("timeadd(secret, \"1h\")")]
    [InlineData("timeadd(\"2024-01-01T00:00:00Z\", secret)")]
    [InlineData("formatdate(\"YYYY\", secret)")]
    [InlineData("uuidv5(secret, \"x\")")]
    [InlineData("file(secret)")]
    [InlineData("textencodebase64(\"x\", secret)")]
    [InlineData("parseint([secret][0], 10)")]
    public void Call_FailingOnSensitiveArgument_MessageRedacted(string source)
    {
        var error = Error(source);

        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
        Assert.Contains("(sensitive value)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Call_ShortSensitiveArgument_OnlyWholeOccurrencesRedacted()
    {
        Assert.Equal(
            "Invalid function argument; Invalid value for \"number\" parameter: cannot parse \"(sensitive value)\" as a base 10 integer.",
            Error("parseint(sensitive(\"no\"), 10)"));
    }
}
