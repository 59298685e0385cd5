namespace Platform.Kernel.Auth;

/// <summary>
/// Vault's policy capabilities. A request declares the one it needs; a policy path rule grants a set.
/// <see cref="Deny"/> in any matching rule overrides every grant on that path.
/// </summary>
[Flags]
public enum Capability
{
    None = 0,
    Create = 1 << 0,
    Read = 1 << 1,
    Update = 1 << 2,
    Delete = 1 << 3,
    List = 1 << 4,
    Sudo = 1 << 5,
    Patch = 1 << 6,
    Deny = 1 << 7,
}
