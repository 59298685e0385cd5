namespace Platform.Secrets.Contracts.Policies;

/// <summary>The ACL paths of the policy routes.</summary>
public static class PolicyRoutes
{
    public static string PrefixOf(PolicyRoute route) => route == PolicyRoute.Legacy ? "sys/policy" : "sys/policies/acl";

    public static string PathOf(PolicyRoute route, string name) => $"{PrefixOf(route)}/{name}";
}
