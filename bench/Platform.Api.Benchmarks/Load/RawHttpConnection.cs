using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Platform.Api.Benchmarks.Load;

/// <summary>
/// One keep-alive HTTP/1.1 connection that sends the same pre-built request again and again and reads each response
/// to its end (Content-Length or chunked framing). Hand-rolled instead of HttpClient so the load generator spends as
/// little CPU as possible: on a 2-core machine it shares the cores with the server it measures.
/// </summary>
internal sealed class RawHttpConnection : IDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LineEnd = "\r\n"u8.ToArray();

    private readonly Socket _socket;
    private readonly byte[] _request;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    private RawHttpConnection(Socket socket, byte[] request)
    {
        _socket = socket;
        _request = request;
    }

    public static async Task<RawHttpConnection> OpenAsync(IPEndPoint endpoint, byte[] request, CancellationToken cancellationToken)
    {
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(endpoint, cancellationToken);
        return new RawHttpConnection(socket, request);
    }

    /// <summary>Sends the request once and returns the response's status code after its whole body has arrived.</summary>
    /// <param name="body">When not null, receives the response body (for checking what the server answers).</param>
    public Task<int> SendAsync(CancellationToken cancellationToken, MemoryStream? body = null) => SendAsync(_request, cancellationToken, body);

    /// <summary>Sends another request on this connection (a batch of distinct requests over one keep-alive socket).</summary>
    public async Task<int> SendAsync(byte[] request, CancellationToken cancellationToken, MemoryStream? body = null)
    {
        await _socket.SendAsync(request, SocketFlags.None, cancellationToken);

        int headerEnd;
        while ((headerEnd = _buffer.AsSpan(_start, _end - _start).IndexOf(HeaderEnd)) < 0)
        {
            await FillAsync(cancellationToken);
        }

        var (status, contentLength, chunked) = ParseHead(_buffer.AsSpan(_start, headerEnd));
        _start += headerEnd + HeaderEnd.Length;
        if (chunked)
        {
            await ReadChunkedAsync(body, cancellationToken);
        }
        else if (contentLength >= 0)
        {
            await ConsumeAsync(contentLength, body, cancellationToken);
        }
        else if (status is not (204 or 304) and >= 200)
        {
            throw new InvalidDataException($"HTTP {status} without Content-Length or chunked framing: the load generator cannot tell where it ends.");
        }

        return status;
    }

    public void Dispose() => _socket.Dispose();

    private static (int Status, long ContentLength, bool Chunked) ParseHead(ReadOnlySpan<byte> head)
    {
        // "HTTP/1.1 200 OK": the code is always at bytes 9..12.
        if (head.Length < 12 || !Utf8Parser.TryParse(head.Slice(9, 3), out int status, out _))
        {
            throw new InvalidDataException($"Not an HTTP status line: {Encoding.ASCII.GetString(head[..Math.Min(head.Length, 40)])}");
        }

        long contentLength = -1;
        var chunked = false;
        foreach (var range in head.Split(LineEnd))
        {
            var line = head[range];
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon];
            var value = line[(colon + 1)..].Trim((byte)' ');
            if (Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
            {
                Utf8Parser.TryParse(value, out contentLength, out _);
            }
            else if (Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8) && value.IndexOf("chunked"u8) >= 0)
            {
                chunked = true;
            }
        }

        return (status, contentLength, chunked);
    }

    private async Task ReadChunkedAsync(MemoryStream? body, CancellationToken cancellationToken)
    {
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken);
            var semicolon = Array.IndexOf(line, (byte)';');
            var sizeText = semicolon >= 0 ? line.AsSpan(0, semicolon) : line;
            if (!Utf8Parser.TryParse(sizeText, out long size, out _, 'x'))
            {
                throw new InvalidDataException("Malformed chunk size line.");
            }

            if (size == 0)
            {
                // Trailers, if any, end with an empty line.
                while ((await ReadLineAsync(cancellationToken)).Length > 0)
                {
                }

                return;
            }

            await ConsumeAsync(size, body, cancellationToken);
            if ((await ReadLineAsync(cancellationToken)).Length != 0)
            {
                throw new InvalidDataException("Chunk data not followed by CRLF.");
            }
        }
    }

    private async Task<byte[]> ReadLineAsync(CancellationToken cancellationToken)
    {
        int end;
        while ((end = _buffer.AsSpan(_start, _end - _start).IndexOf(LineEnd)) < 0)
        {
            await FillAsync(cancellationToken);
        }

        var line = _buffer.AsSpan(_start, end).ToArray();
        _start += end + LineEnd.Length;
        return line;
    }

    private async Task ConsumeAsync(long count, MemoryStream? body, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            if (_start == _end)
            {
                await FillAsync(cancellationToken);
            }

            var take = (int)Math.Min(count, _end - _start);
            body?.Write(_buffer, _start, take);
            _start += take;
            count -= take;
        }
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            throw new InvalidDataException("Response head larger than the read buffer.");
        }

        var read = await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, cancellationToken);
        if (read == 0)
        {
            throw new IOException("The server closed the connection.");
        }

        _end += read;
    }
}
