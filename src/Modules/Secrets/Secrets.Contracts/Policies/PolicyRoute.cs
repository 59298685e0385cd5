namespace Platform.Secrets.Contracts.Policies;

/// <summary>Where a policy request came in: <c>sys/policy</c> or <c>sys/policies/acl</c>.</summary>
public enum PolicyRoute
{
    Legacy,
    Acl,
}
