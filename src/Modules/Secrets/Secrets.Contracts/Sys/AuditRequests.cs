using MediatR;
using Platform.Kernel.Auth;

namespace Platform.Secrets.Contracts.Sys;

/// <summary><c>GET sys/audit</c>: every enabled device by path (sudo in Vault).</summary>
public sealed record ListAuditDevicesQuery : IRequest<IReadOnlyDictionary<string, AuditDeviceInfo>>, IAclRequest
{
    public string AclPath => "sys/audit";

    public Capability RequiredCapability => Capability.Read | Capability.Sudo;
}

/// <summary><c>PUT sys/audit/PATH</c>: enable a device (only <c>file</c>) at PATH (sudo).</summary>
/// <param name="Options">Device options as strings (file_path, hmac_accessor, mode…).</param>
public sealed record EnableAuditDeviceCommand(string Path, string Type, string Description, IReadOnlyDictionary<string, string> Options, bool Local)
    : IRequest<Unit>, IAclRequest
{
    public string AclPath => "sys/audit/" + Path;

    public Capability RequiredCapability => Capability.Update | Capability.Sudo;
}

/// <summary><c>DELETE sys/audit/PATH</c>: stop writing to the device at PATH (sudo).</summary>
public sealed record DisableAuditDeviceCommand(string Path) : IRequest<Unit>, IAclRequest
{
    public string AclPath => "sys/audit/" + Path;

    public Capability RequiredCapability => Capability.Delete | Capability.Sudo;
}

/// <summary><c>PUT sys/audit-hash/PATH</c>: hash <paramref name="Input"/> as the device at PATH writes it (sudo).</summary>
public sealed record AuditHashCommand(string Path, string Input) : IRequest<AuditHashResponse>, IAclRequest
{
    public string AclPath => "sys/audit-hash/" + Path;

    public Capability RequiredCapability => Capability.Update | Capability.Sudo;
}
