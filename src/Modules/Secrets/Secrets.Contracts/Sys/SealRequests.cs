using MediatR;
using Platform.Kernel.Auth;

namespace Platform.Secrets.Contracts.Sys;

/// <summary><c>GET sys/seal-status</c>.</summary>
[Unauthenticated, AllowWhenSealed]
public sealed record SealStatusQuery : IRequest<SealStatusResponse>;

/// <summary><c>GET sys/init</c>.</summary>
[Unauthenticated, AllowWhenSealed]
public sealed record InitStatusQuery : IRequest<InitStatusResponse>;

/// <summary><c>PUT sys/init</c>: split a new unseal key and create the first root token.</summary>
[Unauthenticated, AllowWhenSealed]
public sealed record InitCommand(int SecretShares, int SecretThreshold) : IRequest<InitResponse>;

/// <summary><c>PUT sys/unseal</c>: one key share, or <c>reset</c> to discard the shares given so far.</summary>
[Unauthenticated, AllowWhenSealed]
public sealed record UnsealCommand(string? Key, bool Reset) : IRequest<SealStatusResponse>;

/// <summary><c>PUT sys/seal</c>: a sudo path in Vault.</summary>
public sealed record SealCommand : IRequest<MediatR.Unit>, IAclRequest
{
    public string AclPath => "sys/seal";

    public Capability RequiredCapability => Capability.Update | Capability.Sudo;
}

/// <summary><c>PUT sys/rotate</c>: a new keyring term for everything written from now on (sudo).</summary>
public sealed record RotateCommand : IRequest<KeyStatusResponse>, IAclRequest
{
    public string AclPath => "sys/rotate";

    public Capability RequiredCapability => Capability.Update | Capability.Sudo;
}

/// <summary><c>GET sys/key-status</c>.</summary>
public sealed record KeyStatusQuery : IRequest<KeyStatusResponse>, IAclRequest
{
    public string AclPath => "sys/key-status";

    public Capability RequiredCapability => Capability.Read;
}

/// <summary><c>GET sys/health</c>: status code chosen by the endpoint from the state and the query overrides.</summary>
[Unauthenticated, AllowWhenSealed]
public sealed record HealthQuery : IRequest<HealthResponse>;
