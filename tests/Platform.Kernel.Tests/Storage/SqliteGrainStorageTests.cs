using Platform.Kernel.Storage;

namespace Platform.Kernel.Tests.Storage;

public sealed class SqliteGrainStorageTests : GrainStorageContract
{
    private readonly string _directory = Directory.CreateTempSubdirectory("platform-kernel-test-").FullName;

    protected override StorageSettings Settings => Support.TestSilo.Sqlite(_directory);

    protected override IEnumerable<string> FilesAtRest() => Directory.EnumerateFiles(_directory);

    public override Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
