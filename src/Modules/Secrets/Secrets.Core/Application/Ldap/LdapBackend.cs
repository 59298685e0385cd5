using System.DirectoryServices.Protocols;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Errors;
using Platform.Secrets.Application.Auth;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Contracts.Logical;
using Platform.Secrets.Domain.Tokens;
using Platform.Secrets.Grains.Ldap;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Ldap;

/// <summary>
/// Vault's LDAP auth method: <c>config</c>, <c>groups/NAME</c> and <c>users/NAME</c> policy maps (LIST too), and the
/// unauthenticated <c>login/NAME</c>. A login's policies are the config's <c>token_policies</c>, the user map's, and
/// those of every group: the directory's (through <c>groupfilter</c>) plus the user map's extra groups. Group and
/// user names are lower-cased unless <c>case_sensitive_names</c>. Empty passwords are refused before anything
/// reaches the directory: to LDAP an empty simple bind is anonymous and would succeed for anyone.
/// </summary>
internal sealed partial class LdapBackend(IGrainFactory grains, ILogger<LdapBackend> logger) : ILogicalBackend
{
    public const string MountType = "ldap";
    private const string ConfigName = "config";
    private const string EmptyPassword = "password cannot be of zero length when passwordless binds are being denied";

    private readonly AuthRecordStore<LdapConfig> _config = new(grains, "config");
    private readonly AuthRecordStore<LdapPolicyMap> _groups = new(grains, "groups");
    private readonly AuthRecordStore<LdapPolicyMap> _users = new(grains, "users");

    public MountTable Table => MountTable.Auth;

    public string Type => MountType;

    public bool IsUnauthenticated(string relativePath) => relativePath.StartsWith("login/", StringComparison.Ordinal);

    public async Task<bool?> ExistsAsync(MountEntry mount, string relativePath, CancellationToken cancellationToken)
    {
        var path = Parse(relativePath);
        if (path is null || path.Kind is PathKind.Login or PathKind.GroupList or PathKind.UserList)
        {
            return null;
        }

        if (path.Kind == PathKind.Config)
        {
            return await _config.GetAsync(mount, ConfigName) is not null;
        }

        var config = await ConfigAsync(mount);
        return await Maps(path.Kind).GetAsync(mount, Canonical(config, path.Name)) is not null;
    }

    public async Task<LogicalResponse> HandleAsync(LogicalCall call, CancellationToken cancellationToken)
    {
        var path = Parse(call.RelativePath) ?? throw new NotFoundException("unsupported path");
        switch (path.Kind, call.Operation)
        {
            case (PathKind.Config, LogicalOperation.Read):
                return new LogicalResponse(LdapConfigFields.Render(await ConfigAsync(call.Mount)));
            case (PathKind.Config, LogicalOperation.Create or LogicalOperation.Update):
                await _config.PutAsync(call.Mount, ConfigName, LdapConfigFields.Apply(await ConfigAsync(call.Mount), call.Data));
                return LogicalResponse.Empty;
            case (PathKind.GroupList or PathKind.UserList, LogicalOperation.List):
                var names = await Maps(path.Kind).ListAsync(call.Mount);
                return names.Count == 0 ? throw new NotFoundException("") : new LogicalResponse(new JsonObject { ["keys"] = LogicalFields.Array(names) });
            case (PathKind.Group or PathKind.User, LogicalOperation.Read):
                return await ReadMapAsync(call.Mount, path);
            case (PathKind.Group or PathKind.User, LogicalOperation.Create or LogicalOperation.Update):
                return await WriteMapAsync(call, path);
            case (PathKind.Group or PathKind.User, LogicalOperation.Delete):
                await Maps(path.Kind).DeleteAsync(call.Mount, Canonical(await ConfigAsync(call.Mount), path.Name));
                return LogicalResponse.Empty;
            case (PathKind.Login, LogicalOperation.Create or LogicalOperation.Update):
                return await LoginAsync(call, path.Name, cancellationToken);
            default:
                throw new ValidationException("unsupported operation");
        }
    }

    public async Task DeleteAllAsync(MountEntry mount, CancellationToken cancellationToken)
    {
        await _groups.DeleteAllAsync(mount);
        await _users.DeleteAllAsync(mount);
        await _config.DeleteAllAsync(mount);
    }

    /// <summary>
    /// Vault re-runs the whole login on renewal with the password it kept in the token's internal data. This
    /// platform keeps no password: with a bind account it looks the user and their groups up again and refuses if
    /// the user is gone or the policies changed; without one it can only check that the method is still configured.
    /// </summary>
    public async Task<LogicalAuth> RenewLoginAsync(LoginRenewal renewal, CancellationToken cancellationToken)
    {
        var config = await _config.GetAsync(renewal.Mount, ConfigName) ?? throw new ValidationException("auth method not configured");
        var username = renewal.Metadata.GetValueOrDefault("username") ?? "";
        if (LdapLogin.UsesServiceAccount(config) && username.Length > 0)
        {
            var found = await Task.Run(() => Directory(() => LdapLogin.Lookup(config, username)), cancellationToken)
                ?? throw new ValidationException("the user this token was issued to is no longer in the directory; not renewing");
            var policies = await PoliciesAsync(renewal.Mount, config, username, found.Groups);
            if (!TokenPolicies.Sanitize([.. config.Token.Policies, .. policies], addDefault: true)
                    .SequenceEqual(TokenPolicies.Sanitize(renewal.Policies, addDefault: true), StringComparer.Ordinal))
            {
                throw new ValidationException("policies have changed, not renewing");
            }
        }

        return AuthTokenFields.ToAuth(config.Token, username, username, renewal.Metadata);
    }

    private async Task<LogicalResponse> LoginAsync(LogicalCall call, string username, CancellationToken cancellationToken)
    {
        var password = LogicalFields.String(call.Data, "password") ?? "";
        if (password.Length == 0)
        {
            LogLoginFailed(logger, call.Mount.Path, username, call.RemoteAddress, "empty password");
            throw new ValidationException(EmptyPassword);
        }

        var config = await ConfigAsync(call.Mount);
        if (!AuthTokenFields.AllowsRemote(config.Token, call.RemoteAddress))
        {
            LogLoginFailed(logger, call.Mount.Path, username, call.RemoteAddress, "outside token_bound_cidrs");
            throw new PermissionDeniedException();
        }

        LdapLoginResult result;
        try
        {
            result = await Task.Run(() => Directory(() => LdapLogin.Authenticate(config, username, password)), cancellationToken);
        }
        catch (ValidationException exception)
        {
            LogLoginFailed(logger, call.Mount.Path, username, call.RemoteAddress, exception.Message);
            throw;
        }

        var policies = await PoliciesAsync(call.Mount, config, username, result.Groups);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["username"] = username };
        return new LogicalResponse(Data: null, result.Warnings.Count > 0 ? result.Warnings : null)
        {
            Auth = AuthTokenFields.ToAuth(config.Token, username, username, metadata, policies),
        };
    }

    /// <summary>Policies of the user map and of every group (the directory's and the user map's extra ones).</summary>
    private async Task<IReadOnlyList<string>> PoliciesAsync(MountEntry mount, LdapConfig config, string username, IReadOnlyList<string> ldapGroups)
    {
        var user = await _users.GetAsync(mount, Canonical(config, username));
        var groups = (user?.Groups ?? []).Concat(ldapGroups).Select(group => Canonical(config, group)).Distinct(StringComparer.Ordinal);
        var maps = await Task.WhenAll(groups.Select(group => _groups.GetAsync(mount, group)));
        return maps.Where(map => map is not null).SelectMany(map => map!.Policies)
            .Concat(user?.Policies ?? [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private async Task<LogicalResponse> ReadMapAsync(MountEntry mount, LdapPath path)
    {
        var map = await Maps(path.Kind).GetAsync(mount, Canonical(await ConfigAsync(mount), path.Name)) ?? throw new NotFoundException("");
        var data = new JsonObject { ["policies"] = LogicalFields.Array(map.Policies) };
        if (path.Kind == PathKind.User)
        {
            data["groups"] = LogicalFields.Array(map.Groups);
        }

        return new LogicalResponse(data);
    }

    private async Task<LogicalResponse> WriteMapAsync(LogicalCall call, LdapPath path)
    {
        var config = await ConfigAsync(call.Mount);
        var name = Canonical(config, path.Name);
        var store = Maps(path.Kind);
        var current = await store.GetAsync(call.Mount, name) ?? new LdapPolicyMap();
        var map = current with
        {
            Policies = LogicalFields.StringList(call.Data, "policies") is { } policies ? TokenPolicies.Sanitize(policies, addDefault: false) : current.Policies,
            Groups = path.Kind == PathKind.User && LogicalFields.StringList(call.Data, "groups") is { } groups
                ? groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
                : current.Groups,
        };
        await store.PutAsync(call.Mount, name, map);
        return LogicalResponse.Empty;
    }

    /// <summary>The stored config, or Vault's defaults when none was written (Vault serves those too).</summary>
    private async Task<LdapConfig> ConfigAsync(MountEntry mount) => await _config.GetAsync(mount, ConfigName) ?? new LdapConfig();

    private AuthRecordStore<LdapPolicyMap> Maps(PathKind kind) => kind is PathKind.Group or PathKind.GroupList ? _groups : _users;

    private static string Canonical(LdapConfig config, string name) => config.CaseSensitiveNames ? name : name.ToLowerInvariant();

    /// <summary>Directory failures the login flow did not already turn into Vault's texts (a timeout, a protocol error).</summary>
    private static T Directory<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (LdapException exception)
        {
            throw new ValidationException($"ldap operation failed: {exception.Message}");
        }
        catch (DirectoryOperationException exception)
        {
            throw new ValidationException($"ldap operation failed: {exception.Message}");
        }
    }

    private static LdapPath? Parse(string relativePath)
    {
        if (relativePath == ConfigName)
        {
            return new LdapPath(PathKind.Config, "");
        }

        foreach (var (prefix, list, single) in new[] { ("groups", PathKind.GroupList, PathKind.Group), ("users", PathKind.UserList, PathKind.User), ("login", (PathKind?)null, PathKind.Login) }
                     .Select(t => (t.Item1, t.Item2, t.Item3)))
        {
            if (relativePath == prefix || relativePath == prefix + "/")
            {
                return list is { } kind ? new LdapPath(kind, "") : null;
            }

            if (relativePath.StartsWith(prefix + "/", StringComparison.Ordinal))
            {
                var name = relativePath[(prefix.Length + 1)..];
                return name.Length > 0 ? new LdapPath(single, name) : null;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ldap login failed on auth/{Mount} for user {Username} from {RemoteAddress}: {Reason}")]
    private static partial void LogLoginFailed(ILogger logger, string mount, string username, string remoteAddress, string reason);

    private enum PathKind
    {
        Config,
        GroupList,
        Group,
        UserList,
        User,
        Login,
    }

    private sealed record LdapPath(PathKind Kind, string Name);
}
