using Platform.Kernel.Auth;

namespace Platform.Kernel.Tests.Auth;

public sealed class CallContextTests
{
    [Fact]
    public void RequestId_EveryContext_IsADistinctVersion4Uuid()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => new CallContext().RequestId).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id =>
        {
            Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id);
            Assert.Equal(4, Guid.Parse(id).Version);
        });
    }
}
