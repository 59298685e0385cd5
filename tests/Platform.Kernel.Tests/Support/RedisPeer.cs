using StackExchange.Redis;

namespace Platform.Kernel.Tests.Support;

/// <summary>The Redis server test.sh starts (PLATFORM_TEST_REDIS=host:port). Tests that need it fail, never skip, without it.</summary>
public static class RedisPeer
{
    public const string Variable = "PLATFORM_TEST_REDIS";

    public static string Address =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } address
            ? address
            : throw new InvalidOperationException(
                $"{Variable} is not set: these tests need a Redis server. Run ./test.sh, which starts one, or export {Variable}=127.0.0.1:PORT.");

    /// <summary>Every file Redis persists to (the append-only files and any dump), for plaintext scans.</summary>
    public static IReadOnlyList<string> PersistenceFiles()
    {
        using var redis = ConnectionMultiplexer.Connect(Address + ",allowAdmin=true");
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        var directory = server.ConfigGet("dir").Single().Value;
        return Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).ToList();
    }
}
