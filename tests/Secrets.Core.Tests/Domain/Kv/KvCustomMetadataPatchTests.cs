using Platform.Secrets.Domain.Kv;

namespace Secrets.Core.Tests.Domain.Kv;

public sealed class KvCustomMetadataPatchTests
{
    [Fact]
    public void Apply_StringsAndNulls_SetsReplacesRemovesAndKeepsTheRest()
    {
        var current = new Dictionary<string, string> { ["keep"] = "1", ["replace"] = "2", ["remove"] = "3" };
        var patch = new Dictionary<string, string?> { ["replace"] = "two", ["remove"] = null, ["add"] = "4", ["absent"] = null };

        var merged = KvCustomMetadataPatch.Apply(current, patch);

        Assert.Equal(
            [KeyValuePair.Create("add", "4"), KeyValuePair.Create("keep", "1"), KeyValuePair.Create("replace", "two")],
            merged.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal("3", current["remove"]);
    }
}
