using Microsoft.AspNetCore.Http;

namespace Platform.Kernel.Http;

/// <summary>Where clients of the three tools put their token: Vault's header, Nomad's header, or a bearer token.</summary>
public static class TokenHeaders
{
    public const string Vault = "X-Vault-Token";
    public const string Nomad = "X-Nomad-Token";

    public static string? Read(HttpRequest request)
    {
        if (request.Headers.TryGetValue(Vault, out var vault) && !string.IsNullOrEmpty(vault))
        {
            return vault.ToString();
        }

        if (request.Headers.TryGetValue(Nomad, out var nomad) && !string.IsNullOrEmpty(nomad))
        {
            return nomad.ToString();
        }

        var authorization = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        return authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) ? authorization[bearer.Length..].Trim() : null;
    }
}
