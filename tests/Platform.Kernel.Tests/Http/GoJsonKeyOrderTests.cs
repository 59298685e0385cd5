using System.Text.Json.Nodes;
using Platform.Kernel.Http;

namespace Platform.Kernel.Tests.Http;

public sealed class GoJsonKeyOrderTests
{
    [Fact]
    public void Sorted_NestedObjectsAndArrays_SortsEveryObjectsKeysByteWise()
    {
        var node = JsonNode.Parse("""{"zeta":1,"alpha":{"b":2,"a":1},"Mid":[{"y":1,"x":2},3],"_u":true,"9":"n","10":"t"}""");

        var sorted = GoJsonKeyOrder.Sorted(node);

        Assert.Equal("""{"10":"t","9":"n","Mid":[{"x":2,"y":1},3],"_u":true,"alpha":{"a":1,"b":2},"zeta":1}""", sorted!.ToJsonString());
        Assert.Equal("""{"zeta":1,"alpha":{"b":2,"a":1},"Mid":[{"y":1,"x":2},3],"_u":true,"9":"n","10":"t"}""", node!.ToJsonString());
    }

    [Fact]
    public void Comparer_CharacterAboveFfff_SortsAfterPrivateUseAsInUtf8()
    {
        // U+1F600 is F0 9F 98 80 in UTF-8, after U+FFFD's EF BF BD; in UTF-16 its surrogate D83D sorts before FFFD.
        string[] keys = ["\U0001F600", "\uFFFD", "a", "\uE000"];

        Assert.Equal(["a", "\uE000", "\uFFFD", "\U0001F600"], keys.Order(GoJsonKeyOrder.Comparer));
    }
}
