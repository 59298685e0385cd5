using System.Net;
using System.Net.Sockets;

namespace Platform.EndToEnd.Support;

/// <summary>A TCP port free right now on loopback, for a server's listener and silo/gateway endpoints.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
