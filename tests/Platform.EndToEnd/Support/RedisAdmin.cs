using System.Net.Sockets;
using System.Text;

namespace Platform.EndToEnd.Support;

/// <summary>
/// The few administrative commands the tests send to the shared test Redis (CONFIG GET, SAVE, FLUSHDB), spoken as
/// RESP over one TCP connection: enough to give each test its own database and to find the files (AOF, dump) the
/// plaintext scan reads, without a client library.
/// </summary>
public sealed class RedisAdmin : IAsyncDisposable
{
    // Databases 0–7 are left to other test projects sharing the same Redis; each cluster here takes its own.
    private const int FirstDatabase = 8;
    private const int DatabaseCount = 8;
    private static int _nextDatabase = -1;

    private readonly TcpClient _tcp;
    private readonly Stream _stream;
    private readonly StreamReader _reader;

    private RedisAdmin(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
        _reader = new StreamReader(_stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
    }

    /// <summary>A database number no other test of this run uses (Redis has 16; the server's address selects one).</summary>
    public static int ReserveDatabase() => FirstDatabase + (Interlocked.Increment(ref _nextDatabase) % DatabaseCount);

    /// <summary>The address a server should be given to use <paramref name="database"/> (StackExchange.Redis syntax).</summary>
    public static string AddressOf(string redis, int database) => $"{redis},defaultDatabase={database}";

    public static async Task<RedisAdmin> ConnectAsync(string address)
    {
        var separator = address.LastIndexOf(':');
        var tcp = new TcpClient();
        await tcp.ConnectAsync(address[..separator], int.Parse(address[(separator + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        return new RedisAdmin(tcp);
    }

    /// <summary>Sends one command; returns a string, a long, a list of replies, or null.</summary>
    public async Task<object?> CommandAsync(params string[] arguments)
    {
        var request = new StringBuilder().Append('*').Append(arguments.Length).Append("\r\n");
        foreach (var argument in arguments)
        {
            request.Append('$').Append(Encoding.UTF8.GetByteCount(argument)).Append("\r\n").Append(argument).Append("\r\n");
        }

        await _stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()));
        return await ReadReplyAsync();
    }

    /// <summary>The value of one configuration parameter (<c>CONFIG GET name</c>).</summary>
    public async Task<string> ConfigGetAsync(string name) =>
        await CommandAsync("CONFIG", "GET", name) is List<object?> { Count: 2 } pair && pair[1] is string value
            ? value
            : throw new InvalidOperationException($"Redis has no configuration parameter {name}.");

    /// <summary>Empties one database, so a cluster starts uninitialised even on a Redis reused from an earlier run.</summary>
    public async Task FlushDatabaseAsync(int database)
    {
        await CommandAsync("SELECT", database.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await CommandAsync("FLUSHDB");
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        await _stream.DisposeAsync();
        _tcp.Dispose();
    }

    // The replies these commands get are text (config values, counts, OK), so reading them as UTF-8 lines is exact.
    private async Task<object?> ReadReplyAsync()
    {
        var line = await _reader.ReadLineAsync() ?? throw new IOException("Redis closed the connection.");
        var payload = line[1..];
        switch (line[0])
        {
            case '+':
                return payload;
            case '-':
                throw new InvalidOperationException($"Redis: {payload}");
            case ':':
                return long.Parse(payload, System.Globalization.CultureInfo.InvariantCulture);
            case '$':
            {
                var length = int.Parse(payload, System.Globalization.CultureInfo.InvariantCulture);
                if (length < 0)
                {
                    return null;
                }

                var buffer = new char[length];
                await _reader.ReadBlockAsync(buffer, 0, length);
                await _reader.ReadLineAsync();
                return new string(buffer);
            }

            case '*':
            {
                var count = int.Parse(payload, System.Globalization.CultureInfo.InvariantCulture);
                if (count < 0)
                {
                    return null;
                }

                var items = new List<object?>(count);
                for (var i = 0; i < count; i++)
                {
                    items.Add(await ReadReplyAsync());
                }

                return items;
            }

            default:
                throw new InvalidOperationException($"Unexpected Redis reply: {line}");
        }
    }
}
