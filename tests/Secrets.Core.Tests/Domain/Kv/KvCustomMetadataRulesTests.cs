using Platform.Kernel.Errors;
using Platform.Secrets.Domain.Kv;

namespace Secrets.Core.Tests.Domain.Kv;

public sealed class KvCustomMetadataRulesTests
{
    [Fact]
    public void Validate_TooManyKeys_ReportsOnlyTheCountInVaultsText()
    {
        var metadata = Enumerable.Range(0, 65).ToDictionary(i => i == 0 ? "" : $"k{i}", _ => "");

        var error = Assert.Throws<ValidationException>(() => KvCustomMetadataRules.Validate(metadata));

        Assert.Equal(["1 error occurred:\n\t* custom_metadata validation failed: payload must contain at most 64 keys, provided 65\n\n"], error.Errors);
    }

    [Fact]
    public void Validate_EmptyValueAndUnprintableKey_ListsEveryProblemInOneMultierrorText()
    {
        var metadata = new Dictionary<string, string> { ["ok"] = "v", ["empty"] = "", ["bell\a"] = "v" };

        var error = Assert.Throws<ValidationException>(() => KvCustomMetadataRules.Validate(metadata));

        Assert.Equal(
            ["2 errors occurred:\n"
                + "\t* custom_metadata validation failed: length of value for key \"empty\" is 0 but must be 0 < len(value) <= 512\n"
                + "\t* custom_metadata validation failed: key \"bell\\a\" (bell\a) contains unprintable characters\n\n"],
            error.Errors);
    }

    [Theory]
    [InlineData("plain key", "value with spaces")]
    [InlineData("ключ", "值 ✓")]
    public void Validate_PrintableKeysAndValues_Pass(string key, string value)
    {
        KvCustomMetadataRules.Validate(new Dictionary<string, string> { [key] = value });
    }
}
