using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Platform.Kernel.Storage.Barrier;
using Platform.Kernel.Tests.Support;

namespace Platform.Kernel.Tests.Storage;

public sealed class BarrierGrainStorageSerializerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("platform-kernel-test-").FullName;

    [Fact]
    public async Task Serialize_OutsideBarrierGrainStorage_RefusesToWriteUnboundCiphertext()
    {
        await using var silo = await TestSilo.StartAsync(TestSilo.Sqlite(_directory), new TestKeyring(), "unbound");
        IGrainStorageSerializer serializer = silo.Services.GetRequiredService<BarrierGrainStorageSerializer>();

        Assert.Throws<InvalidOperationException>(() => serializer.Serialize(new MarkerState { Value = "unbound" }));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
