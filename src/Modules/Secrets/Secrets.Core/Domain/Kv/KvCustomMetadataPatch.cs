namespace Platform.Secrets.Domain.Kv;

/// <summary>
/// custom_metadata under <c>PATCH metadata/PATH</c>: Vault merges the patch into the stored map as a JSON merge
/// patch (RFC 7386), so a string sets its key, a null removes it, and keys the patch does not name stay.
/// </summary>
public static class KvCustomMetadataPatch
{
    public static IReadOnlyDictionary<string, string> Apply(IReadOnlyDictionary<string, string> current, IReadOnlyDictionary<string, string?> patch)
    {
        var merged = new Dictionary<string, string>(current, StringComparer.Ordinal);
        foreach (var (key, value) in patch)
        {
            if (value is null)
            {
                merged.Remove(key);
            }
            else
            {
                merged[key] = value;
            }
        }

        return merged;
    }
}
