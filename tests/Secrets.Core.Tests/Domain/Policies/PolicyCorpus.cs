namespace Platform.Secrets.Tests.Domain.Policies;

/// <summary>The real-world policies of the shared corpora (read-only, never copied into the repository).</summary>
internal static class PolicyCorpus
{
    private const string Root = "/work/shared/corpora";

    public static IEnumerable<string> Files()
    {
        var vault = Path.Combine(Root, "vault-policies");
        var wescale = Path.Combine(Root, "wescale", "terraform-vault-demo", "demo_vault");
        if (!Directory.Exists(vault) || !Directory.Exists(wescale))
        {
            throw new InvalidOperationException($"The policy corpora are missing: expected {vault} and {wescale}.");
        }

        return Directory.EnumerateFiles(vault, "*.hcl", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(wescale, "*.hcl"))
            .Order(StringComparer.Ordinal);
    }

    public static string Wescale(string name) => Path.Combine(Root, "wescale", "terraform-vault-demo", "demo_vault", name);
}
