using Platform.Kernel.Auth;

namespace Platform.Secrets.Contracts.Logical;

/// <summary>The capability a policy must grant for each <see cref="LogicalOperation"/>.</summary>
public static class LogicalOperations
{
    public static Capability RequiredCapability(this LogicalOperation operation) => operation switch
    {
        LogicalOperation.Read => Capability.Read,
        LogicalOperation.Create => Capability.Create,
        LogicalOperation.Update => Capability.Update,
        LogicalOperation.Delete => Capability.Delete,
        LogicalOperation.List => Capability.List,
        LogicalOperation.Patch => Capability.Patch,
        _ => Capability.None,
    };
}
