using Platform.Kernel.Storage;
using Platform.Kernel.Tests.Support;

namespace Platform.Kernel.Tests.Storage;

/// <summary>The same contract on Microsoft's Redis provider behind the barrier, against the Redis test.sh starts.</summary>
public sealed class RedisGrainStorageTests : GrainStorageContract
{
    protected override StorageSettings Settings => TestSilo.Redis();

    protected override IEnumerable<string> FilesAtRest() => RedisPeer.PersistenceFiles();
}
