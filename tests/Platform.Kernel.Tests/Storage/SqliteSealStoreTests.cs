using Microsoft.Data.Sqlite;
using Platform.Kernel.Storage;
using Platform.Kernel.Storage.Sqlite;

namespace Platform.Kernel.Tests.Storage;

public sealed class SqliteSealStoreTests : SealStoreContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("platform-kernel-test-").FullName;

    public SqliteSealStoreTests()
    {
        Store = new SqliteSealStore(new SqliteDatabase(Path.Combine(_directory, "platform.db")));
    }

    protected override ISealStore Store { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
