using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Errors;
using Platform.Secrets.Application.Auth;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Contracts.Logical;
using Platform.Secrets.Domain.Tokens;
using Platform.Secrets.Domain.Userpass;
using Platform.Secrets.Grains.Mounts;
using Platform.Secrets.Grains.Userpass;

namespace Platform.Secrets.Application.Userpass;

/// <summary>
/// Vault's userpass auth method: <c>users/NAME</c> (create, read, update, delete), LIST <c>users</c>,
/// <c>users/NAME/password</c>, <c>users/NAME/policies</c>, and the unauthenticated <c>login/NAME</c>. Names are
/// lower-cased as Vault does. A login for an unknown user still runs a full hash against a dummy, so the answer
/// time does not tell which users exist.
/// </summary>
internal sealed partial class UserpassBackend(IGrainFactory grains, ILogger<UserpassBackend> logger) : ILogicalBackend
{
    public const string MountType = "userpass";
    private const string InvalidCredentials = "invalid username or password";

    // A hash of a random password nobody knows, made once: what an unknown user's login is checked against.
    private static readonly Lazy<string> DummyHash = new(() => PasswordHash.Create(Guid.NewGuid().ToString("N")));

    private readonly AuthRecordStore<UserpassUser> _users = new(grains, "users");

    public MountTable Table => MountTable.Auth;

    public string Type => MountType;

    public bool IsUnauthenticated(string relativePath) => relativePath.StartsWith("login/", StringComparison.Ordinal);

    public async Task<bool?> ExistsAsync(MountEntry mount, string relativePath, CancellationToken cancellationToken) =>
        Parse(relativePath) is { Kind: PathKind.User } path ? await _users.GetAsync(mount, path.Name) is not null : null;

    public Task<LogicalResponse> HandleAsync(LogicalCall call, CancellationToken cancellationToken)
    {
        var path = Parse(call.RelativePath) ?? throw UnsupportedPath();
        return (path.Kind, call.Operation) switch
        {
            (PathKind.UserList, LogicalOperation.List) => ListAsync(call.Mount),
            (PathKind.User, LogicalOperation.Read) => ReadAsync(call.Mount, path.Name),
            (PathKind.User, LogicalOperation.Create or LogicalOperation.Update) => WriteAsync(call, path.Name),
            (PathKind.User, LogicalOperation.Delete) => DeleteAsync(call.Mount, path.Name),
            (PathKind.Password, LogicalOperation.Create or LogicalOperation.Update) => ChangePasswordAsync(call, path.Name),
            (PathKind.Policies, LogicalOperation.Create or LogicalOperation.Update) => ChangePoliciesAsync(call, path.Name),
            (PathKind.Login, LogicalOperation.Create or LogicalOperation.Update) => LoginAsync(call, path.Name),
            _ => throw UnsupportedOperation(),
        };
    }

    public Task DeleteAllAsync(MountEntry mount, CancellationToken cancellationToken) => _users.DeleteAllAsync(mount);

    /// <summary>Vault's <c>pathLoginRenew</c>: the user must still exist and still map to the token's policies.</summary>
    public async Task<LogicalAuth> RenewLoginAsync(LoginRenewal renewal, CancellationToken cancellationToken)
    {
        var name = renewal.Metadata.GetValueOrDefault("username") ?? "";
        var user = name.Length == 0 ? null : await _users.GetAsync(renewal.Mount, name);
        if (user is null)
        {
            throw new ValidationException("the user this token was issued to no longer exists; not renewing");
        }

        if (!EquivalentPolicies(user.Token.Policies, renewal.Policies))
        {
            throw new ValidationException("policies have changed, not renewing");
        }

        return AuthTokenFields.ToAuth(user.Token, name, name, renewal.Metadata);
    }

    private async Task<LogicalResponse> ListAsync(MountEntry mount)
    {
        var names = await _users.ListAsync(mount);
        return names.Count == 0
            ? throw new NotFoundException("")
            : new LogicalResponse(new JsonObject { ["keys"] = LogicalFields.Array(names) });
    }

    private async Task<LogicalResponse> ReadAsync(MountEntry mount, string name)
    {
        var user = await _users.GetAsync(mount, name) ?? throw new NotFoundException("");
        var data = new JsonObject();
        AuthTokenFields.Write(user.Token, data);
        if (user.PoliciesFromLegacyField && user.Token.Policies.Count > 0)
        {
            data["policies"] = LogicalFields.Array(user.Token.Policies);
        }

        return new LogicalResponse(data);
    }

    private async Task<LogicalResponse> WriteAsync(LogicalCall call, string name)
    {
        var existing = await _users.GetAsync(call.Mount, name);
        var password = LogicalFields.String(call.Data, "password");
        if (existing is null && string.IsNullOrEmpty(password))
        {
            throw new ValidationException("missing password");
        }

        var (settings, legacy) = ApplyPolicies(existing?.Token ?? new(), existing?.PoliciesFromLegacyField ?? false, call.Data);
        settings = AuthTokenFields.Apply(settings, LegacyTtls(call.Data));
        var hash = password is { Length: > 0 } ? PasswordHash.Create(password)
            : existing?.PasswordHash ?? throw new ValidationException("missing password");
        await _users.PutAsync(call.Mount, name, new UserpassUser { PasswordHash = hash, Token = settings, PoliciesFromLegacyField = legacy });
        return LogicalResponse.Empty;
    }

    private async Task<LogicalResponse> DeleteAsync(MountEntry mount, string name)
    {
        await _users.DeleteAsync(mount, name);
        return LogicalResponse.Empty;
    }

    private async Task<LogicalResponse> ChangePasswordAsync(LogicalCall call, string name)
    {
        var user = await _users.GetAsync(call.Mount, name) ?? throw new ValidationException("username does not exist");
        var password = LogicalFields.String(call.Data, "password");
        if (string.IsNullOrEmpty(password))
        {
            throw new ValidationException("missing password");
        }

        await _users.PutAsync(call.Mount, name, user with { PasswordHash = PasswordHash.Create(password) });
        return LogicalResponse.Empty;
    }

    private async Task<LogicalResponse> ChangePoliciesAsync(LogicalCall call, string name)
    {
        var user = await _users.GetAsync(call.Mount, name) ?? throw new ValidationException("username does not exist");
        var (settings, legacy) = ApplyPolicies(user.Token, user.PoliciesFromLegacyField, call.Data);
        await _users.PutAsync(call.Mount, name, user with { Token = settings, PoliciesFromLegacyField = legacy });
        return LogicalResponse.Empty;
    }

    private async Task<LogicalResponse> LoginAsync(LogicalCall call, string name)
    {
        var password = LogicalFields.String(call.Data, "password");
        if (string.IsNullOrEmpty(password))
        {
            throw new ValidationException("missing password");
        }

        var user = await _users.GetAsync(call.Mount, name);
        // Always one full hash, for known and unknown users alike; the comparison inside is constant-time.
        var matches = PasswordHash.Verify(password, user?.PasswordHash ?? DummyHash.Value);
        if (user is null || !matches)
        {
            LogLoginFailed(logger, call.Mount.Path, name, call.RemoteAddress);
            throw new ValidationException(InvalidCredentials);
        }

        if (!AuthTokenFields.AllowsRemote(user.Token, call.RemoteAddress))
        {
            LogLoginOutsideCidrs(logger, call.Mount.Path, name, call.RemoteAddress);
            throw new PermissionDeniedException();
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["username"] = name };
        return new LogicalResponse(Data: null) { Auth = AuthTokenFields.ToAuth(user.Token, name, name, metadata) };
    }

    /// <summary>
    /// Vault's <c>UpgradeValue</c>: <c>token_policies</c> wins and retires the old field; <c>policies</c> alone sets
    /// the token policies and is shown again on read.
    /// </summary>
    private static (Grains.Auth.AuthTokenSettings Settings, bool Legacy) ApplyPolicies(Grains.Auth.AuthTokenSettings current, bool legacy, JsonObject data)
    {
        var settings = AuthTokenFields.Apply(current, data);
        if (LogicalFields.Has(data, "token_policies"))
        {
            return (settings, false);
        }

        if (LogicalFields.StringList(data, "policies") is { } policies)
        {
            return (settings with { Policies = TokenPolicies.Sanitize(policies, addDefault: false) }, true);
        }

        return (settings, legacy);
    }

    /// <summary>The old <c>ttl</c>/<c>max_ttl</c>/<c>bound_cidrs</c> fields, read as their <c>token_*</c> successors when those are absent.</summary>
    private static JsonObject LegacyTtls(JsonObject data)
    {
        var mapped = new JsonObject();
        foreach (var (old, current) in new[] { ("ttl", "token_ttl"), ("max_ttl", "token_max_ttl"), ("bound_cidrs", "token_bound_cidrs") })
        {
            if (!LogicalFields.Has(data, current) && data[old] is { } value)
            {
                mapped[current] = value.DeepClone();
            }
        }

        return mapped;
    }

    private static bool EquivalentPolicies(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        TokenPolicies.Sanitize(a, addDefault: true).SequenceEqual(TokenPolicies.Sanitize(b, addDefault: true), StringComparer.Ordinal);

    private static UserpassPath? Parse(string relativePath)
    {
        var segments = relativePath.Split('/');
        return segments switch
        {
            ["users"] or ["users", ""] => new UserpassPath(PathKind.UserList, ""),
            ["users", var name] when ValidName(name) => new UserpassPath(PathKind.User, name.ToLowerInvariant()),
            ["users", var name, "password"] when ValidName(name) => new UserpassPath(PathKind.Password, name.ToLowerInvariant()),
            ["users", var name, "policies"] when ValidName(name) => new UserpassPath(PathKind.Policies, name.ToLowerInvariant()),
            ["login", var name] when name.Length > 0 => new UserpassPath(PathKind.Login, name.ToLowerInvariant()),
            _ => null,
        };
    }

    private static bool ValidName(string name) => UserName().IsMatch(name);

    // Vault's framework.GenericNameWithAtRegex: word characters, with - . @ allowed inside.
    [GeneratedRegex(@"^\w([\w\-.@]*\w)?$", RegexOptions.CultureInvariant)]
    private static partial Regex UserName();

    private static NotFoundException UnsupportedPath() => new("unsupported path");

    private static ValidationException UnsupportedOperation() => new("unsupported operation");

    [LoggerMessage(Level = LogLevel.Warning, Message = "userpass login failed on auth/{Mount} for user {Username} from {RemoteAddress}")]
    private static partial void LogLoginFailed(ILogger logger, string mount, string username, string remoteAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "userpass login refused on auth/{Mount} for user {Username}: {RemoteAddress} is outside token_bound_cidrs")]
    private static partial void LogLoginOutsideCidrs(ILogger logger, string mount, string username, string remoteAddress);

    private enum PathKind
    {
        UserList,
        User,
        Password,
        Policies,
        Login,
    }

    private sealed record UserpassPath(PathKind Kind, string Name);
}
