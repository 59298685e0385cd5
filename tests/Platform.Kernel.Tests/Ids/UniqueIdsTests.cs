using Platform.Kernel.Auth;
using Platform.Kernel.Ids;

namespace Platform.Kernel.Tests.Ids;

public sealed class UniqueIdsTests
{
    [Fact]
    public void NewUuid_TenThousand_AreDistinctVersion4Uuids()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => UniqueIds.NewUuid()).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id =>
        {
            Assert.Equal(4, id.Version);
            Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id.ToString());
        });
    }

    [Fact]
    public void CallContext_RequestId_IsAUuidOfItsOwn()
    {
        var first = new CallContext().RequestId;
        var second = new CallContext().RequestId;

        Assert.NotEqual(first, second);
        Assert.Equal(4, Guid.Parse(first).Version);
    }
}
