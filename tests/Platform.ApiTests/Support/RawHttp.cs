using System.Net.Sockets;
using System.Text;

namespace Platform.ApiTests.Support;

/// <summary>
/// One HTTP/1.1 request written byte for byte over a socket, for request targets HttpClient would rewrite
/// (it resolves <c>..</c> and <c>.</c> segments before sending). Returns the status code.
/// </summary>
internal static class RawHttp
{
    public static async Task<int> SendAsync(string address, string method, string target, string token, string body)
    {
        var uri = new Uri(address);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        await using var stream = tcp.GetStream();
        var payload = Encoding.UTF8.GetBytes(body);
        var head = $"{method} {target} HTTP/1.1\r\nHost: {uri.Authority}\r\nX-Vault-Token: {token}\r\nContent-Type: application/json\r\nContent-Length: {payload.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(payload);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? "";
        var parts = statusLine.Split(' ');
        return parts.Length > 1 && int.TryParse(parts[1], out var status) ? status : throw new InvalidOperationException($"no HTTP status line: '{statusLine}'");
    }
}
