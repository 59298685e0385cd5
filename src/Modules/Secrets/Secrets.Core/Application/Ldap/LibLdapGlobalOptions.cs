using System.DirectoryServices.Protocols;
using System.Runtime.InteropServices;

namespace Platform.Secrets.Application.Ldap;

/// <summary>
/// <c>insecure_tls</c> on Linux and macOS, where System.DirectoryServices.Protocols has no certificate callback: a
/// new libldap handle copies the library's global options when it is created, so the connection is created while
/// the global <c>LDAP_OPT_X_TLS_REQUIRE_CERT</c> is "never" (restored right after), and its own TLS context is then
/// built from those copied options (<c>StartNewTlsSessionContext</c>). Every connection of the process is created
/// under one lock, so no other connection can copy the relaxed setting.
/// </summary>
internal static class LibLdapGlobalOptions
{
    private const int RequireCertOption = 0x6006; // LDAP_OPT_X_TLS_REQUIRE_CERT
    private const int RequireCertNever = 0;       // LDAP_OPT_X_TLS_NEVER

    // The names System.DirectoryServices.Protocols loads, in its order: the same library, hence the same globals.
    private static readonly string[] LibraryNames = ["libldap.so.2", "libldap-2.6.so.0", "libldap-2.5.so.0", "libldap-2.4.so.2", "libldap.dylib"];

    private static readonly Lock Gate = new();
    private static readonly Lazy<(LdapOption Get, LdapOption Set)> Functions = new(Load);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int LdapOption(IntPtr ld, int option, ref int value);

    public static LdapConnection Create(bool skipCertificateCheck, Func<LdapConnection> create)
    {
        lock (Gate)
        {
            if (!skipCertificateCheck || OperatingSystem.IsWindows())
            {
                return create();
            }

            var (get, set) = Functions.Value;
            var previous = 0;
            Check(get(IntPtr.Zero, RequireCertOption, ref previous), "read");
            var never = RequireCertNever;
            Check(set(IntPtr.Zero, RequireCertOption, ref never), "set");
            try
            {
                return create();
            }
            finally
            {
                Check(set(IntPtr.Zero, RequireCertOption, ref previous), "restore");
            }
        }
    }

    private static (LdapOption Get, LdapOption Set) Load()
    {
        foreach (var name in LibraryNames)
        {
            if (NativeLibrary.TryLoad(name, out var library)
                && NativeLibrary.TryGetExport(library, "ldap_get_option", out var get)
                && NativeLibrary.TryGetExport(library, "ldap_set_option", out var set))
            {
                return (Marshal.GetDelegateForFunctionPointer<LdapOption>(get), Marshal.GetDelegateForFunctionPointer<LdapOption>(set));
            }
        }

        throw new InvalidOperationException("insecure_tls needs libldap (OpenLDAP's client library), which could not be loaded.");
    }

    private static void Check(int result, string what)
    {
        if (result != 0)
        {
            throw new InvalidOperationException($"libldap refused to {what} LDAP_OPT_X_TLS_REQUIRE_CERT (result {result}).");
        }
    }
}
