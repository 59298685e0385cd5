using Platform.Kernel.Errors;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Domain.Tokens;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Logins;

/// <summary>
/// Before a token is renewed: a token a login issued asks its auth method first (Vault's <c>AuthRenew</c>: the
/// user must still exist and map to the same policies) and renews under its mount's TTLs; any other token renews
/// under the system's.
/// </summary>
internal sealed class LoginRenewalCheck(MountRouter router)
{
    public async Task<TokenTtlLimits> LimitsForAsync(TokenEntry entry, CancellationToken cancellationToken)
    {
        if (!IsLoginPath(entry.Path))
        {
            return TokenTtlLimits.Vault;
        }

        var resolved = await router.ResolveAsync(entry.Path, cancellationToken);
        if (resolved is null || resolved.Mount.Table != MountTable.Auth)
        {
            throw new ValidationException($"the auth method that issued this token (login path \"{entry.Path}\") is no longer mounted");
        }

        var terms = await resolved.Backend.RenewLoginAsync(
            new LoginRenewal(resolved.Mount, resolved.RelativePath, entry.Policies, entry.Meta ?? new Dictionary<string, string>()),
            cancellationToken);
        return TokenTtlLimits.ForMount(resolved.Mount.DefaultLeaseTtl, resolved.Mount.MaxLeaseTtl, terms.MaxTtl);
    }

    /// <summary>Tokens made by the token store live at <c>auth/token/…</c>; every other <c>auth/…</c> path is a login.</summary>
    public static bool IsLoginPath(string path) =>
        path.StartsWith("auth/", StringComparison.Ordinal) && !path.StartsWith("auth/token/", StringComparison.Ordinal);
}
