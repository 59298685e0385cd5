using System.Text.Json.Nodes;
using Platform.Secrets.Domain.Kv;

namespace Secrets.Core.Tests.Domain.Kv;

public sealed class KvSubkeysTests
{
    private const string Secret = """{"a":"x","b":{"c":{"d":"y"},"e":{}},"f":[{"g":1}],"h":null}""";

    [Theory]
    [InlineData(0, """{"a":null,"b":{"c":{"d":null},"e":null},"f":null,"h":null}""")]
    [InlineData(1, """{"a":null,"b":null,"f":null,"h":null}""")]
    [InlineData(2, """{"a":null,"b":{"c":null,"e":null},"f":null,"h":null}""")]
    [InlineData(3, """{"a":null,"b":{"c":{"d":null},"e":null},"f":null,"h":null}""")]
    [InlineData(-1, """{"a":null,"b":null,"f":null,"h":null}""")]
    public void Of_Depth_NullsEveryLeafAndEveryObjectAtTheLimit(int depth, string expected)
    {
        var subkeys = KvSubkeys.Of(JsonNode.Parse(Secret)!.AsObject(), depth);

        Assert.Equal(expected, subkeys.ToJsonString());
    }
}
