using System.Net;
using System.Net.Sockets;

namespace Platform.Host.Server;

/// <summary>
/// A TCP port free on loopback right now: a dev node's silo port, so several dev servers (and test servers) can run
/// side by side. Another process may take it before the silo binds; for one-node use that race is acceptable.
/// </summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
