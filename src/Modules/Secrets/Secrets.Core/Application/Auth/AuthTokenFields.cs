using System.Net;
using System.Text.Json.Nodes;
using Platform.Kernel.Errors;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Contracts.Logical;
using Platform.Secrets.Domain.Tokens;
using Platform.Secrets.Grains.Auth;

namespace Platform.Secrets.Application.Auth;

/// <summary>
/// Vault's common token fields of auth methods (<c>tokenutil</c>): <c>token_policies</c>, <c>token_ttl</c>,
/// <c>token_max_ttl</c>, <c>token_explicit_max_ttl</c>, <c>token_period</c>, <c>token_num_uses</c>,
/// <c>token_no_default_policy</c>, <c>token_bound_cidrs</c>, <c>token_type</c>: parsed from a write, shown on a read,
/// and turned into a login's <see cref="LogicalAuth"/>.
/// </summary>
internal static class AuthTokenFields
{
    /// <summary>Applies the fields present in <paramref name="data"/> over <paramref name="current"/>; absent fields keep their value.</summary>
    public static AuthTokenSettings Apply(AuthTokenSettings current, JsonObject data)
    {
        var settings = current with
        {
            Policies = LogicalFields.StringList(data, "token_policies") is { } policies ? TokenPolicies.Sanitize(policies, addDefault: false) : current.Policies,
            Ttl = LogicalFields.Duration(data, "token_ttl") ?? current.Ttl,
            MaxTtl = LogicalFields.Duration(data, "token_max_ttl") ?? current.MaxTtl,
            ExplicitMaxTtl = LogicalFields.Duration(data, "token_explicit_max_ttl") ?? current.ExplicitMaxTtl,
            Period = LogicalFields.Duration(data, "token_period") ?? current.Period,
            NumUses = LogicalFields.Int(data, "token_num_uses") ?? current.NumUses,
            NoDefaultPolicy = LogicalFields.Bool(data, "token_no_default_policy") ?? current.NoDefaultPolicy,
            BoundCidrs = LogicalFields.StringList(data, "token_bound_cidrs") is { } cidrs ? ParseCidrs(cidrs) : current.BoundCidrs,
            TokenType = LogicalFields.String(data, "token_type") is { } type ? TokenTypeOf(type) : current.TokenType,
        };

        if (settings.NumUses < 0)
        {
            throw new ValidationException("'token_num_uses' cannot be negative");
        }

        if (settings.Ttl > TimeSpan.Zero && settings.MaxTtl > TimeSpan.Zero && settings.Ttl > settings.MaxTtl)
        {
            throw new ValidationException("'token_ttl' cannot be greater than 'token_max_ttl'");
        }

        return settings;
    }

    /// <summary>Vault's <c>PopulateTokenData</c>: every field, durations in seconds, empty lists as <c>[]</c>.</summary>
    public static void Write(AuthTokenSettings settings, JsonObject into)
    {
        into["token_bound_cidrs"] = LogicalFields.Array(settings.BoundCidrs);
        into["token_explicit_max_ttl"] = Seconds(settings.ExplicitMaxTtl);
        into["token_max_ttl"] = Seconds(settings.MaxTtl);
        into["token_no_default_policy"] = settings.NoDefaultPolicy;
        into["token_num_uses"] = settings.NumUses;
        into["token_period"] = Seconds(settings.Period);
        into["token_policies"] = LogicalFields.Array(settings.Policies);
        into["token_ttl"] = Seconds(settings.Ttl);
        into["token_type"] = settings.TokenType;
    }

    /// <summary>A login's decision from the settings (Vault's <c>PopulateTokenAuth</c>), with the method's own policies added.</summary>
    public static LogicalAuth ToAuth(
        AuthTokenSettings settings, string displayName, string aliasName, IReadOnlyDictionary<string, string> metadata, IEnumerable<string>? extraPolicies = null) => new()
    {
        DisplayName = displayName,
        AliasName = aliasName,
        Metadata = metadata,
        Policies = [.. settings.Policies, .. extraPolicies ?? []],
        Ttl = settings.Ttl,
        MaxTtl = settings.MaxTtl,
        ExplicitMaxTtl = settings.ExplicitMaxTtl,
        Period = settings.Period,
        NumUses = settings.NumUses,
        NoDefaultPolicy = settings.NoDefaultPolicy,
        Renewable = true,
    };

    /// <summary>Whether a login from <paramref name="remoteAddress"/> is allowed by <c>token_bound_cidrs</c> (always, when none are set).</summary>
    public static bool AllowsRemote(AuthTokenSettings settings, string remoteAddress)
    {
        if (settings.BoundCidrs.Count == 0)
        {
            return true;
        }

        // Fails closed: an unknown or unparsable caller address matches no block.
        if (!IPAddress.TryParse(remoteAddress, out var address))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return settings.BoundCidrs.Any(cidr => IPNetwork.TryParse(cidr, out var network) && network.Contains(address));
    }

    private static IReadOnlyList<string> ParseCidrs(IReadOnlyList<string> cidrs)
    {
        var parsed = new List<string>(cidrs.Count);
        foreach (var cidr in cidrs)
        {
            var text = cidr.Contains('/', StringComparison.Ordinal) ? cidr
                : IPAddress.TryParse(cidr, out var single) ? $"{cidr}/{(single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128)}"
                : cidr;
            if (!IPNetwork.TryParse(text, out var network))
            {
                throw new ValidationException($"invalid CIDR block \"{cidr}\" in token_bound_cidrs");
            }

            parsed.Add(network.ToString());
        }

        return parsed;
    }

    private static string TokenTypeOf(string type) => type switch
    {
        "" or "default" => "default",
        "service" or "default-service" => "service",
        _ => throw new ValidationException($"token_type \"{type}\" is not supported here: only service tokens exist (use \"default\" or \"service\")"),
    };

    private static long Seconds(TimeSpan duration) => (long)duration.TotalSeconds;
}
