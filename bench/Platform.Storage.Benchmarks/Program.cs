using Platform.Kernel.Storage;
using Platform.Storage.Benchmarks;

// Usage: sqlite-raw | grain-sqlite | grain-redis HOST:PORT, then optionally: writers seconds (default 64 10).
var numbers = args.Skip(args is ["grain-redis", ..] ? 2 : 1).Select(int.Parse).ToArray();
var writers = numbers.Length > 0 ? numbers[0] : 64;
var duration = TimeSpan.FromSeconds(numbers.Length > 1 ? numbers[1] : 10);
switch (args)
{
    case ["sqlite-raw", ..]:
        await WriteThroughputRun.RawSqliteAsync(writers, duration);
        break;
    case ["grain-sqlite", ..]:
        var directory = Directory.CreateTempSubdirectory("platform-bench-");
        await WriteThroughputRun.GrainWritesAsync(
            new StorageSettings { Kind = StorageKind.Sqlite, SqlitePath = Path.Combine(directory.FullName, "platform.db") }, "sqlite", writers, duration);
        directory.Delete(recursive: true);
        break;
    case ["grain-redis", var address, ..]:
        await WriteThroughputRun.GrainWritesAsync(new StorageSettings { Kind = StorageKind.Redis, RedisAddress = address }, "redis", writers, duration);
        break;
    default:
        Console.Error.WriteLine("usage: Platform.Storage.Benchmarks sqlite-raw|grain-sqlite|grain-redis HOST:PORT [writers seconds]");
        return 2;
}

return 0;
