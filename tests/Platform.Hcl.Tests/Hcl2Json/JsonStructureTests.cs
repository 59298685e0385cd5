using System.Text.Json.Nodes;

namespace Platform.Hcl.Tests.Hcl2Json;

/// <summary>The comparer the differential test trusts: it must find every real difference and no false ones.</summary>
public sealed class JsonStructureTests
{
    private static string? Diff(string expected, string actual) =>
        JsonStructure.FirstDifference(JsonNode.Parse(expected), JsonNode.Parse(actual));

    [Theory]
    [InlineData("""{"a":1,"b":[true,null,"x"]}""", """{"b":[true,null,"x"],"a":1}""")]
    [InlineData("""{"n":1000}""", """{"n":1e3}""")]
    [InlineData("""{"n":1.2345678901234568e+22}""", """{"n":12345678901234567890123}""")]
    [InlineData("""{"n":0}""", """{"n":-0}""")]
    [InlineData("{}", "{}")]
    public void FirstDifference_SameStructure_None(string expected, string actual) =>
        Assert.Null(Diff(expected, actual));

    [Theory]
    [InlineData("""{"a":1}""", """{"a":2}""", "$.a")]
    [InlineData("""{"a":"1"}""", """{"a":1}""", "$.a")]
    [InlineData("""{"a":true}""", """{"a":false}""", "$.a")]
    [InlineData("""{"a":null}""", """{"a":"null"}""", "$.a")]
    [InlineData("""{"a":{"b":"x"}}""", """{"a":{"b":"y"}}""", "$.a.b")]
    [InlineData("""{"a":1}""", """{}""", "missing")]
    [InlineData("""{}""", """{"a":1}""", "unexpected member \"a\"")]
    [InlineData("""{"a":[1,2]}""", """{"a":[1]}""", "1 elements, expected 2")]
    [InlineData("""{"a":[1,2]}""", """{"a":[2,1]}""", "$.a[0]")]
    [InlineData("""{"a":[]}""", """{"a":{}}""", "$.a")]
    public void FirstDifference_Different_NamesThePath(string expected, string actual, string mentioned) =>
        Assert.Contains(mentioned, Diff(expected, actual), StringComparison.Ordinal);
}
