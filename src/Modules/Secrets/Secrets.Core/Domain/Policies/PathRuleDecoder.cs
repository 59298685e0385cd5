using Platform.Hcl.Decoding;
using Platform.Hcl.Diagnostics;
using Platform.Kernel.Auth;

namespace Platform.Secrets.Domain.Policies;

/// <summary>
/// Turns one <c>path "…" { … }</c> block into a <see cref="PathRule"/>, with Vault's rules: capabilities and the
/// legacy <c>policy</c> level add up, <c>deny</c> drops everything else, <c>+*</c> is refused, a leading <c>/</c>
/// is dropped, <c>max_wrapping_ttl</c> may not be below <c>min_wrapping_ttl</c>.
/// </summary>
internal static class PathRuleDecoder
{
    // Every key Vault's parser accepts in a path stanza; mfa_methods and comment are read and not used.
    private static readonly BodySchema Schema = new(
        [
            new AttributeSchema("capabilities"),
            new AttributeSchema("policy"),
            new AttributeSchema("allowed_parameters"),
            new AttributeSchema("denied_parameters"),
            new AttributeSchema("required_parameters"),
            new AttributeSchema("min_wrapping_ttl"),
            new AttributeSchema("max_wrapping_ttl"),
            new AttributeSchema("mfa_methods"),
            new AttributeSchema("comment"),
        ],
        []);

    public static PathRule? Decode(HclBlockItem block, List<Diagnostic> diagnostics)
    {
        var errorsBefore = CountErrors(diagnostics);
        var pattern = block.Labels[0];
        var labelRange = block.LabelRanges.Count > 0 ? block.LabelRanges[0] : block.DefRange;
        if (pattern.StartsWith('/'))
        {
            pattern = pattern[1..];
        }

        if (pattern.Contains("+*", StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error("Invalid path", $"The path \"{pattern}\" uses \"+*\", which Vault forbids: write \"+/*\" or \"*\".", labelRange));
        }

        var (content, contentDiagnostics) = block.Body.Content(Schema);
        diagnostics.AddRange(contentDiagnostics);
        var attributes = content.Attributes;

        var capabilities = Capability.None;
        if (attributes.TryGetValue("capabilities", out var capabilitiesAttribute)
            && PolicyValueReader.StringList(capabilitiesAttribute, diagnostics) is { } words)
        {
            foreach (var (word, range) in words)
            {
                if (CapabilityNames.TryParse(word, out var capability))
                {
                    capabilities |= capability;
                }
                else
                {
                    diagnostics.Add(Diagnostic.Error("Invalid capability",
                        $"\"{word}\" is not a capability. Use any of: {string.Join(", ", CapabilityNames.All)}.", range));
                }
            }
        }

        if (attributes.TryGetValue("policy", out var policyAttribute) && PolicyValueReader.String(policyAttribute, diagnostics) is { } level)
        {
            if (CapabilityNames.TryParseLegacyLevel(level, out var legacy))
            {
                capabilities |= legacy;
            }
            else
            {
                diagnostics.Add(Diagnostic.Error("Invalid policy level",
                    $"\"{level}\" is not a policy level. Use one of: read, write, sudo, deny (or a capabilities list).", policyAttribute.Expression.Range));
            }
        }

        if (capabilities.HasFlag(Capability.Deny))
        {
            capabilities = Capability.Deny;
        }

        var parameters = DecodeParameters(attributes, diagnostics);
        var minWrapping = attributes.TryGetValue("min_wrapping_ttl", out var min) ? PolicyValueReader.Duration(min, diagnostics) : null;
        var maxWrapping = attributes.TryGetValue("max_wrapping_ttl", out var max) ? PolicyValueReader.Duration(max, diagnostics) : null;
        if (minWrapping is { } lo && maxWrapping is { } hi && lo > TimeSpan.Zero && hi > TimeSpan.Zero && hi < lo)
        {
            diagnostics.Add(Diagnostic.Error("Invalid wrapping TTL", "max_wrapping_ttl cannot be less than min_wrapping_ttl.", max!.Expression.Range));
        }

        if (attributes.TryGetValue("mfa_methods", out var mfa))
        {
            PolicyValueReader.StringList(mfa, diagnostics);
        }

        if (attributes.TryGetValue("comment", out var comment))
        {
            PolicyValueReader.String(comment, diagnostics);
        }

        return CountErrors(diagnostics) > errorsBefore
            ? null
            : new PathRule(pattern, capabilities, capabilities == Capability.Deny ? ParameterConstraints.None : parameters, minWrapping, maxWrapping);
    }

    private static ParameterConstraints DecodeParameters(IReadOnlyDictionary<string, HclAttributeItem> attributes, List<Diagnostic> diagnostics)
    {
        var allowed = attributes.TryGetValue("allowed_parameters", out var a) ? CheckedKeys(a, PolicyValueReader.ParameterMap(a, diagnostics), diagnostics) : null;
        var denied = attributes.TryGetValue("denied_parameters", out var d) ? CheckedKeys(d, PolicyValueReader.ParameterMap(d, diagnostics), diagnostics) : null;
        IReadOnlyList<string> required = [];
        if (attributes.TryGetValue("required_parameters", out var r) && PolicyValueReader.StringList(r, diagnostics) is { } names)
        {
            foreach (var (name, range) in names.Where(n => n.Text.Contains('*')))
            {
                diagnostics.Add(Diagnostic.Error("Invalid parameter name", $"\"{name}\": a wildcard is not permitted in required_parameters.", range));
            }

            required = names.Select(n => n.Text).ToList();
        }

        return allowed is null && denied is null && required.Count == 0 ? ParameterConstraints.None : new ParameterConstraints(allowed, denied, required);
    }

    // Vault allows a wildcard key only as "*" or as a JSON-pointer key ending in "/*".
    private static IReadOnlyDictionary<string, IReadOnlyList<string>>? CheckedKeys(
        HclAttributeItem attribute, IReadOnlyDictionary<string, IReadOnlyList<string>>? map, List<Diagnostic> diagnostics)
    {
        if (map is null)
        {
            return null;
        }

        foreach (var key in map.Keys.Where(k => k.Contains('*')))
        {
            var tailWildcard = key.StartsWith('/') && key.EndsWith("/*", StringComparison.Ordinal) && !key[..^2].Contains('*');
            if (key != "*" && !tailWildcard)
            {
                diagnostics.Add(Diagnostic.Error("Invalid parameter name",
                    $"\"{key}\" in {attribute.Name}: a wildcard may only be the whole key (\"*\") or end a \"/…/*\" key.", attribute.Expression.Range));
            }
        }

        return map;
    }

    private static int CountErrors(List<Diagnostic> diagnostics) => diagnostics.Count(d => d.Severity == Severity.Error);
}
