using Platform.Kernel.Errors;

namespace Platform.Secrets.Domain.Tokens;

/// <summary>
/// Vault's <c>auth/token/create</c> rules (its token store's <c>handleCreateCommon</c>, without roles, namespaces and
/// batch tokens): who may ask for what, which policies the child gets, and how long it lives. Errors carry Vault's
/// texts, which clients show as they are.
/// </summary>
public static class TokenCreationRules
{
    public const string CreatePath = "auth/token/create";
    public const string CreateOrphanPath = "auth/token/create-orphan";

    /// <param name="parent">The calling token's entry: every created token is made by one.</param>
    /// <param name="parentId">The calling token's storage id, recorded as the child's parent unless it is an orphan.</param>
    /// <param name="isSudo">Whether the caller holds sudo on the create path (root tokens do).</param>
    public static TokenCreationResult Decide(
        TokenCreationRequest request, TokenEntry parent, string parentId, bool isSudo, string accessor,
        DateTimeOffset now, TokenTtlLimits limits)
    {
        if (request.NumUses < 0)
        {
            throw new ValidationException("number of uses cannot be negative");
        }

        if (request.Id is { Length: > 0 } && !isSudo)
        {
            throw new ValidationException("root or sudo privileges required to specify token id");
        }

        var policies = ChildPolicies(request, parent, isSudo);
        var orphan = request.OrphanEndpoint;
        if (request.NoParent)
        {
            if (!isSudo)
            {
                throw new ValidationException("root or sudo privileges required to create orphan token");
            }

            orphan = true;
        }

        if (request.ExplicitMaxTtl < TimeSpan.Zero)
        {
            throw new ValidationException("explicit_max_ttl must be positive");
        }

        if (request.Period < TimeSpan.Zero)
        {
            throw new ValidationException("period must be positive");
        }

        if (request.Period > TimeSpan.Zero && !isSudo)
        {
            throw new ValidationException("root or sudo privileges required to create periodic token");
        }

        if (request.Ttl < TimeSpan.Zero)
        {
            throw new ValidationException("ttl must be positive");
        }

        var isRoot = policies.Contains(TokenPolicies.Root, StringComparer.Ordinal);
        var decision = new TtlDecision(TimeSpan.Zero, []);
        // Only a root token asking for no TTL and no period escapes the TTL rules: it never expires.
        if (request.Period > TimeSpan.Zero || request.Ttl > TimeSpan.Zero || !isRoot)
        {
            decision = TokenTtlCalculator.Calculate(TimeSpan.Zero, request.Ttl, request.Period, request.ExplicitMaxTtl, now, now, limits);
        }

        if (decision.Ttl == TimeSpan.Zero && request.ExplicitMaxTtl > TimeSpan.Zero)
        {
            // Root tokens are still bound by an explicit max TTL.
            decision = decision with { Ttl = request.ExplicitMaxTtl };
        }

        var renewable = request.Renewable;
        if (decision.Ttl == TimeSpan.Zero)
        {
            if (parent.ExpireTime is not null)
            {
                throw new ValidationException("expiring root tokens cannot create non-expiring root tokens");
            }

            // A non-expiring token cannot be renewed; Vault does not advertise it as renewable.
            renewable = false;
        }
        else if (!orphan)
        {
            decision = TokenTtlCalculator.CapByParent(decision, parent.ExpireTime, now);
        }

        var entry = new TokenEntry
        {
            Accessor = accessor,
            Policies = policies,
            ParentId = orphan ? "" : parentId,
            ParentAccessor = orphan ? "" : parent.Accessor,
            Path = request.OrphanEndpoint ? CreateOrphanPath : CreatePath,
            DisplayName = TokenDisplayName.ForCreate(request.DisplayName),
            Meta = request.Meta is { Count: > 0 } meta ? new Dictionary<string, string>(meta, StringComparer.Ordinal) : null,
            NumUses = request.NumUses,
            CreationTime = now,
            CreationTtl = decision.Ttl,
            LeaseTtl = decision.Ttl,
            ExpireTime = decision.Ttl > TimeSpan.Zero ? now + decision.Ttl : null,
            ExplicitMaxTtl = request.ExplicitMaxTtl,
            Period = request.Period,
            Renewable = renewable,
        };
        return new TokenCreationResult(entry, request.Id is { Length: > 0 } id ? id : null, decision.Warnings);
    }

    private static IReadOnlyList<string> ChildPolicies(TokenCreationRequest request, TokenEntry parent, bool isSudo)
    {
        IReadOnlyList<string> requested;
        var addDefault = false;
        if (request.Policies is not { Count: > 0 })
        {
            // Inherit the parent's policies; "default" only if the parent has it.
            requested = TokenPolicies.Sanitize(parent.Policies, addDefault: false);
        }
        else if (!isSudo)
        {
            requested = TokenPolicies.Sanitize(request.Policies, addDefault: false);
            if (!TokenPolicies.IsSubset(TokenPolicies.Sanitize(parent.Policies, addDefault: false), requested))
            {
                throw new ValidationException("child policies must be subset of parent");
            }

            addDefault = !request.NoDefaultPolicy && parent.Policies.Contains(TokenPolicies.Default, StringComparer.Ordinal);
        }
        else
        {
            requested = request.Policies;
            addDefault = !request.NoDefaultPolicy;
        }

        var policies = TokenPolicies.Sanitize(requested, addDefault);
        if (request.NoDefaultPolicy)
        {
            policies = [.. policies.Where(p => p != TokenPolicies.Default)];
        }

        foreach (var policy in policies)
        {
            if (TokenPolicies.NonAssignable.Contains(policy, StringComparer.Ordinal))
            {
                throw new ValidationException($"cannot assign policy \"{policy}\"");
            }
        }

        if (policies.Contains(TokenPolicies.Root, StringComparer.Ordinal) && !parent.IsRoot)
        {
            throw new ValidationException("root tokens may not be created without parent token being root");
        }

        return policies;
    }
}
