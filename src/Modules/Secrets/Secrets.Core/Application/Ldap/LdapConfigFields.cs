using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Platform.Kernel.Errors;
using Platform.Secrets.Application.Auth;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Domain.Ldap;
using Platform.Secrets.Grains.Ldap;

namespace Platform.Secrets.Application.Ldap;

/// <summary>
/// The fields of an LDAP mount's <c>config</c>: a write merges over the stored config (absent fields keep their
/// value, as Vault's <c>NewConfigEntry(existing, …)</c>), a read shows everything but <c>bindpass</c>.
/// </summary>
internal static class LdapConfigFields
{
    public static LdapConfig Apply(LdapConfig current, JsonObject data)
    {
        var config = current with
        {
            Url = LogicalFields.String(data, "url")?.Trim() ?? current.Url,
            UserDn = LogicalFields.String(data, "userdn") ?? current.UserDn,
            UserAttr = (LogicalFields.String(data, "userattr") is { Length: > 0 } attr ? attr.ToLowerInvariant() : null) ?? current.UserAttr,
            UpnDomain = LogicalFields.String(data, "upndomain") ?? current.UpnDomain,
            DiscoverDn = LogicalFields.Bool(data, "discoverdn") ?? current.DiscoverDn,
            BindDn = LogicalFields.String(data, "binddn") ?? current.BindDn,
            BindPassword = LogicalFields.String(data, "bindpass") ?? current.BindPassword,
            GroupDn = LogicalFields.String(data, "groupdn") ?? current.GroupDn,
            GroupFilter = LogicalFields.String(data, "groupfilter") is { Length: > 0 } filter ? filter : current.GroupFilter,
            GroupAttr = LogicalFields.String(data, "groupattr") is { Length: > 0 } groupAttr ? groupAttr : current.GroupAttr,
            StartTls = LogicalFields.Bool(data, "starttls") ?? current.StartTls,
            InsecureTls = LogicalFields.Bool(data, "insecure_tls") ?? current.InsecureTls,
            Certificate = LogicalFields.String(data, "certificate") ?? current.Certificate,
            DenyNullBind = LogicalFields.Bool(data, "deny_null_bind") ?? current.DenyNullBind,
            CaseSensitiveNames = LogicalFields.Bool(data, "case_sensitive_names") ?? current.CaseSensitiveNames,
            RequestTimeout = LogicalFields.Duration(data, "request_timeout") is { } timeout && timeout > TimeSpan.Zero ? timeout : current.RequestTimeout,
            Token = AuthTokenFields.Apply(current.Token, WithLegacyPolicies(data)),
        };

        Validate(config);
        return config;
    }

    public static JsonObject Render(LdapConfig config)
    {
        var data = new JsonObject
        {
            ["url"] = config.Url,
            ["userdn"] = config.UserDn,
            ["userattr"] = config.UserAttr,
            ["upndomain"] = config.UpnDomain,
            ["discoverdn"] = config.DiscoverDn,
            ["binddn"] = config.BindDn,
            ["groupdn"] = config.GroupDn,
            ["groupfilter"] = config.GroupFilter,
            ["groupattr"] = config.GroupAttr,
            ["starttls"] = config.StartTls,
            ["insecure_tls"] = config.InsecureTls,
            ["certificate"] = config.Certificate,
            ["deny_null_bind"] = config.DenyNullBind,
            ["case_sensitive_names"] = config.CaseSensitiveNames,
            ["request_timeout"] = (long)config.RequestTimeout.TotalSeconds,
            ["tls_min_version"] = "tls12",
            ["tls_max_version"] = "tls12",
            ["use_token_groups"] = false,
            ["anonymous_group_search"] = false,
            ["username_as_alias"] = false,
        };
        AuthTokenFields.Write(config.Token, data);
        return data;
    }

    /// <summary>The URLs of <see cref="LdapConfig.Url"/>, in the order they are tried.</summary>
    public static IReadOnlyList<Uri> Urls(string url)
    {
        var urls = new List<Uri>();
        foreach (var part in url.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Uri.TryCreate(part, UriKind.Absolute, out var uri) || uri.Scheme is not ("ldap" or "ldaps") || uri.Host.Length == 0)
            {
                throw new ValidationException($"invalid LDAP URL \"{part}\": use ldap://HOST[:PORT] or ldaps://HOST[:PORT]");
            }

            urls.Add(uri);
        }

        return urls.Count > 0 ? urls : throw new ValidationException("url: at least one ldap:// or ldaps:// URL is required");
    }

    private static void Validate(LdapConfig config)
    {
        Urls(config.Url);
        var errors = LdapGroupFilter.Validate(config.GroupFilter).ToList();
        if (config.Certificate.Length > 0)
        {
            try
            {
                var collection = new X509Certificate2Collection();
                collection.ImportFromPem(config.Certificate);
                if (collection.Count == 0)
                {
                    errors.Add("certificate: no PEM certificate found");
                }
            }
            catch (CryptographicException exception)
            {
                errors.Add("certificate: failed to parse PEM: " + exception.Message);
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    /// <summary>The config accepts the old <c>policies</c> name for <c>token_policies</c>, as Vault's tokenutil does.</summary>
    private static JsonObject WithLegacyPolicies(JsonObject data)
    {
        if (LogicalFields.Has(data, "token_policies") || data["policies"] is not { } policies)
        {
            return data;
        }

        var copy = data.DeepClone().AsObject();
        copy["token_policies"] = policies.DeepClone();
        return copy;
    }
}
