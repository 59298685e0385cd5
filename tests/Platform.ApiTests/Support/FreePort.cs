using System.Net;
using System.Net.Sockets;

namespace Platform.ApiTests.Support;

/// <summary>A TCP port free right now on loopback (for silo endpoints of servers running side by side in one test run).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
