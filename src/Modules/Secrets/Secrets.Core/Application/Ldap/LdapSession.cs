using System.DirectoryServices.Protocols;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Platform.Kernel.Errors;
using Platform.Secrets.Grains.Ldap;

namespace Platform.Secrets.Application.Ldap;

/// <summary>
/// One connection to the first reachable server of a config's URLs (System.DirectoryServices.Protocols over the
/// machine's libldap). The URLs are tried in order on the first bind: a server that cannot be reached (LDAP result
/// 81/91) passes the turn to the next; any other answer, a refusal included, is that server's answer.
/// Synchronous, like the library: callers run it off the request thread.
/// </summary>
internal sealed class LdapSession : IDisposable
{
    // libldap's "server down" and "connect error": the only results that mean "try the next URL".
    private const int ServerDown = 81;
    private const int ConnectError = 91;

    private readonly LdapConnection _connection;

    private LdapSession(LdapConnection connection) => _connection = connection;

    /// <summary>Connects to the first reachable URL and makes <paramref name="firstBind"/> there.</summary>
    public static LdapSession Open(LdapConfig config, Action<LdapSession> firstBind)
    {
        var failures = new List<string>();
        foreach (var url in LdapConfigFields.Urls(config.Url))
        {
            var session = new LdapSession(Connect(config, url));
            try
            {
                if (config.StartTls && url.Scheme == "ldap" && !session.TryStartTls(url, failures))
                {
                    session.Dispose();
                    continue;
                }

                firstBind(session);
                return session;
            }
            catch (LdapException exception) when (exception.ErrorCode is ServerDown or ConnectError)
            {
                failures.Add($"error connecting to host \"{url}\": {exception.Message}");
                session.Dispose();
            }
            catch
            {
                session.Dispose();
                throw;
            }
        }

        throw new ValidationException(string.Join("; ", failures));
    }

    /// <summary>
    /// StartTLS before any credential is sent. The library connects on the first bind only, so an anonymous bind
    /// opens the connection first; a server refusing anonymous binds has still been connected to, and its refusal
    /// changes nothing (the real bind follows over TLS).
    /// </summary>
    private bool TryStartTls(Uri url, List<string> failures)
    {
        try
        {
            BindAnonymously();
        }
        catch (LdapException exception) when (exception.ErrorCode is ServerDown or ConnectError)
        {
            failures.Add($"error connecting to host \"{url}\": {exception.Message}");
            return false;
        }
        catch (LdapException exception) when (exception.ErrorCode is not (ServerDown or ConnectError))
        {
            // Connected, only the anonymous bind was refused (e.g. unwillingToPerform): StartTLS does not need one,
            // and the bind that matters comes next, over TLS.
        }

        try
        {
            _connection.SessionOptions.StartTransportLayerSecurity(null);
            return true;
        }
        catch (Exception exception) when (exception is LdapException or DirectoryOperationException)
        {
            failures.Add($"error connecting to host \"{url}\": StartTLS failed: {exception.Message}");
            return false;
        }
    }

    /// <summary>A simple bind. Never called with an empty password: to libldap that is an anonymous bind, which proves nothing.</summary>
    public void Bind(string dn, string password)
    {
        if (password.Length == 0)
        {
            throw new InvalidOperationException("An empty password would make a simple bind anonymous.");
        }

        _connection.AuthType = AuthType.Basic;
        _connection.Bind(new NetworkCredential(dn, password));
    }

    /// <summary>An unauthenticated bind, for a service search without a bind password (<c>discoverdn</c> alone).</summary>
    public void BindAnonymously()
    {
        _connection.AuthType = AuthType.Anonymous;
        _connection.Bind();
    }

    public IReadOnlyList<SearchResultEntry> Search(string baseDn, string filter, params string[] attributes)
    {
        var request = new SearchRequest(baseDn, filter, SearchScope.Subtree, attributes.Length == 0 ? ["1.1"] : attributes);
        var response = (SearchResponse)_connection.SendRequest(request);
        return response.Entries.Cast<SearchResultEntry>().ToList();
    }

    public void Dispose() => _connection.Dispose();

    private static LdapConnection Connect(LdapConfig config, Uri url)
    {
        var ldaps = url.Scheme == "ldaps";
        var port = url.IsDefaultPort || url.Port <= 0 ? (ldaps ? 636 : 389) : url.Port;
        var identifier = new LdapDirectoryIdentifier(url.Host, port, fullyQualifiedDnsHostName: false, connectionless: false);
        var connection = LibLdapGlobalOptions.Create(config.InsecureTls, () => new LdapConnection(identifier));
        connection.AuthType = AuthType.Basic;
        connection.Timeout = config.RequestTimeout;
        var options = connection.SessionOptions;
        options.ProtocolVersion = 3;
        options.ReferralChasing = ReferralChasingOptions.None;
        if (ldaps)
        {
            options.SecureSocketLayer = true;
        }

        if (config.InsecureTls)
        {
            // Vault's insecure_tls: the server's certificate is not verified at all (testing only).
            if (OperatingSystem.IsWindows())
            {
                options.VerifyServerCertificate = (_, _) => true;
            }
            else
            {
                options.StartNewTlsSessionContext();
            }

            return connection;
        }

        if (config.Certificate.Length > 0 && OperatingSystem.IsWindows())
        {
            throw new ValidationException("certificate: a custom CA is supported on Linux and macOS servers (libldap), not on Windows");
        }

        if (config.Certificate.Length > 0 && !OperatingSystem.IsWindows())
        {
            // libldap reads trusted CAs from a directory; each distinct certificate gets its own, named by its hash.
            options.TrustedCertificatesDirectory = CertificateDirectory(config.Certificate);
            options.StartNewTlsSessionContext();
        }

        return connection;
    }

    private static string CertificateDirectory(string pem)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pem)));
        var directory = Path.Combine(Path.GetTempPath(), "platform-ldap-ca", hash);
        var file = Path.Combine(directory, "ca.pem");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(directory);
            var temporary = file + "." + Environment.ProcessId + ".tmp";
            File.WriteAllText(temporary, pem);
            File.Move(temporary, file, overwrite: true);
        }

        return directory;
    }
}
