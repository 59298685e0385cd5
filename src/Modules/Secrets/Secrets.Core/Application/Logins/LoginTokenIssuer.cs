using Platform.Kernel.Errors;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Application.Tokens;
using Platform.Secrets.Contracts.Logical;
using Platform.Secrets.Domain.Tokens;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Logins;

/// <summary>
/// The one place a login becomes a token (Vault's <c>LoginCreateToken</c> + <c>RegisterAuth</c>): every auth method
/// answers a <see cref="LogicalAuth"/> and this turns it into an orphan service token at the login path, named
/// <c>{mount path}-{user}</c>, living under the mount's tuned TTLs, and Vault's <c>auth</c> block for the client.
/// Anything that must happen to every login token (a lease, a count) belongs here.
/// </summary>
internal sealed class LoginTokenIssuer(TokenIssuer issuer, TimeProvider time)
{
    public async Task<LogicalResponse> IssueAsync(LogicalCall call, LogicalResponse response)
    {
        var auth = response.Auth ?? throw new InvalidOperationException("A login response without an auth part.");
        if (call.Mount.Table != MountTable.Auth)
        {
            throw new InvalidOperationException($"The secrets engine at '{call.Mount.Path}' answered a login; only auth methods may.");
        }

        var policies = TokenPolicies.Sanitize(auth.Policies, addDefault: !auth.NoDefaultPolicy);
        foreach (var policy in policies)
        {
            if (policy == TokenPolicies.Root)
            {
                throw new ValidationException("auth methods cannot create root tokens");
            }

            if (TokenPolicies.NonAssignable.Contains(policy, StringComparer.Ordinal))
            {
                throw new ValidationException($"cannot assign policy \"{policy}\"");
            }
        }

        var now = time.GetUtcNow();
        var limits = TokenTtlLimits.ForMount(call.Mount.DefaultLeaseTtl, call.Mount.MaxLeaseTtl, auth.MaxTtl);
        var decision = TokenTtlCalculator.Calculate(TimeSpan.Zero, auth.Ttl, auth.Period, auth.ExplicitMaxTtl, now, now, limits);
        var entry = new TokenEntry
        {
            Accessor = TokenSecrets.NewAccessor(),
            Policies = policies,
            Path = call.Path,
            DisplayName = DisplayNameOf(call.Mount, auth.DisplayName),
            Meta = auth.Metadata.Count > 0 ? new Dictionary<string, string>(auth.Metadata, StringComparer.Ordinal) : null,
            NumUses = auth.NumUses,
            CreationTime = now,
            CreationTtl = decision.Ttl,
            LeaseTtl = decision.Ttl,
            ExpireTime = now + decision.Ttl,
            ExplicitMaxTtl = auth.ExplicitMaxTtl,
            Period = auth.Period,
            Renewable = auth.Renewable,
        };

        // Login tokens are orphans: they belong to no caller's tree (a login has no caller).
        var issued = await issuer.IssueAsync(entry, customId: null, parent: null);
        IReadOnlyList<string> warnings = [.. response.Warnings ?? [], .. decision.Warnings];
        return response with
        {
            Auth = null,
            IssuedAuth = TokenResponseMapping.Auth(issued.Token, issued.Entry, decision.Ttl),
            Warnings = warnings.Count > 0 ? warnings : null,
        };
    }

    /// <summary>Vault prefixes the mount path, slashes made dashes (<c>userpass/</c> + <c>alice</c> → <c>userpass-alice</c>).</summary>
    public static string DisplayNameOf(MountEntry mount, string user)
    {
        var name = mount.Path.Replace('/', '-') + user;
        return name.EndsWith('-') ? name[..^1] : name;
    }
}
