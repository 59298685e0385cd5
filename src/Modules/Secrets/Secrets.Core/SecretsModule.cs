using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Auth;
using Platform.Kernel.Pipeline;
using Platform.Kernel.Storage;
using Platform.Secrets.Api;
using Platform.Secrets.Application.Audit;
using Platform.Secrets.Application.Kv;
using Platform.Secrets.Application.Ldap;
using Platform.Secrets.Application.Leases;
using Platform.Secrets.Application.Logins;
using Platform.Secrets.Application.Mounts;
using Platform.Secrets.Application.Policies;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Application.Seal;
using Platform.Secrets.Application.Tokens;
using Platform.Secrets.Application.Userpass;
using Platform.Secrets.Grains.Indexes;
using Platform.Secrets.Grains.Kv;
using Platform.Secrets.Grains.Tokens;

namespace Platform.Secrets;

/// <summary>The Secrets module's two entry points for the host: its services and its routes.</summary>
public static class SecretsModule
{
    public static IServiceCollection AddSecretsModule(this IServiceCollection services)
    {
        services.AddSingleton<AesGcmBarrier>();
        services.AddSingleton<IBarrier>(provider => provider.GetRequiredService<AesGcmBarrier>());
        services.AddSingleton<SealKeeper>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<NewTokenStore>();
        services.AddSingleton<LocalTokenSnapshots>();
        services.AddSingleton<TokenExpiryAlarms>();
        services.AddSingleton<IRootTokenIssuer, GrainRootTokenIssuer>();
        services.AddScoped<CallerToken>();
        services.AddScoped<ITokenAuthenticator, GrainTokenAuthenticator>();
        services.AddSingleton<CompiledAclCache>();
        services.AddScoped<IAclAuthorizer, PolicyAclAuthorizer>();
        services.AddSingleton<AuditDeviceRegistry>();
        services.AddSingleton<IAuditBroker, AuditBroker>();
        services.AddHostedService<AuditDeviceRefresher>();
        services.AddSingleton<MountRouter>();
        services.AddScoped<OptionalCallerAcl>();
        services.AddSingleton<LoginTokenIssuer>();
        services.AddSingleton<LoginRenewalCheck>();
        services.AddSingleton<ILogicalBackend, UserpassBackend>();
        services.AddSingleton<ILogicalBackend, LdapBackend>();
        services.AddSingleton<SplitNodeMemo>();
        services.AddSingleton<TokenIndexes>();
        services.AddSingleton<AccessorResolution>();
        services.AddSingleton<LeaseIndex>();
        services.AddSingleton<LeaseStore>();
        services.AddSingleton<LeaseRevocation>();
        services.AddSingleton<ILeaseExpiryTarget>(provider => provider.GetRequiredService<LeaseRevocation>());
        services.AddSingleton<ITokenLeaseRevocation>(provider => provider.GetRequiredService<LeaseRevocation>());
        services.AddHostedService<LeaseExpirySweeper>();
        services.AddSingleton<IDevModeMounts, DevModeMounts>();
        services.AddSingleton<LocalKvSecrets>();
        services.AddSingleton<KvV1Engine>();
        services.AddSingleton<KvV2DataPath>();
        services.AddSingleton<KvV2MetadataPath>();
        services.AddSingleton<KvV2SubkeysPath>();
        services.AddSingleton<KvV2VersionsPath>();
        services.AddSingleton<KvV2ConfigPath>();
        services.AddSingleton<KvV2Engine>();
        services.AddSingleton<KvMountEraser>();
        services.AddSingleton<ILogicalBackend, KvBackend>();
        services.AddRequestHandlers(typeof(SecretsModule).Assembly);
        return services;
    }

    /// <param name="v1">The <c>/v1</c> route group every Vault route lives under.</param>
    public static void MapSecretsEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapSysSealApi();
        v1.MapSysPolicyApi();
        v1.MapTokenApi();
        v1.MapSysAuditApi();
        v1.MapSysMountApi();
        v1.MapSysLeaseApi();

        // Last: the catch-all that routes through the mount table.
        v1.MapLogicalApi();
    }
}
