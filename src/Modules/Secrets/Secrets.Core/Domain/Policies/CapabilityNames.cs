using Platform.Kernel.Auth;

namespace Platform.Secrets.Domain.Policies;

/// <summary>The capability words of Vault's policy language and the legacy <c>policy = "…"</c> levels.</summary>
public static class CapabilityNames
{
    private static readonly (string Name, Capability Value)[] Names =
    [
        ("create", Capability.Create),
        ("read", Capability.Read),
        ("update", Capability.Update),
        ("delete", Capability.Delete),
        ("list", Capability.List),
        ("sudo", Capability.Sudo),
        ("patch", Capability.Patch),
        ("deny", Capability.Deny),
    ];

    /// <summary>Every word a <c>capabilities</c> list accepts, in Vault's documentation order.</summary>
    public static IEnumerable<string> All => Names.Select(n => n.Name);

    public static bool TryParse(string name, out Capability capability)
    {
        foreach (var (n, value) in Names)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                capability = value;
                return true;
            }
        }

        capability = Capability.None;
        return false;
    }

    /// <summary>
    /// The pre-0.5 levels still found in old policies: read → read+list, write → CRUD+list, sudo → write+sudo,
    /// deny → deny. Vault maps them the same way at parse time.
    /// </summary>
    public static bool TryParseLegacyLevel(string level, out Capability capability)
    {
        const Capability write = Capability.Create | Capability.Read | Capability.Update | Capability.Delete | Capability.List;
        capability = level switch
        {
            "read" => Capability.Read | Capability.List,
            "write" => write,
            "sudo" => write | Capability.Sudo,
            "deny" => Capability.Deny,
            _ => Capability.None,
        };
        return capability != Capability.None;
    }

    /// <summary>
    /// The words for a capability set, sorted as Vault's capabilities endpoints return them; a deny or an empty
    /// set is <c>["deny"]</c>.
    /// </summary>
    public static IReadOnlyList<string> ToNames(Capability capabilities)
    {
        if (capabilities.HasFlag(Capability.Deny) || capabilities == Capability.None)
        {
            return ["deny"];
        }

        return Names.Where(n => n.Value != Capability.Deny && capabilities.HasFlag(n.Value))
            .Select(n => n.Name).Order(StringComparer.Ordinal).ToList();
    }
}
