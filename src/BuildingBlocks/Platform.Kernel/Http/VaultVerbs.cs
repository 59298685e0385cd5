namespace Platform.Kernel.Http;

/// <summary>
/// The HTTP verbs of Vault's operations, for <c>MapMethods</c>: Vault treats PUT and POST alike, and LIST is its own
/// verb (<see cref="CallContextMiddleware"/> turns <c>GET ?list=true</c> into it).
/// </summary>
public static class VaultVerbs
{
    public static readonly string[] Write = ["PUT", "POST"];

    public static readonly string[] List = ["LIST"];
}
