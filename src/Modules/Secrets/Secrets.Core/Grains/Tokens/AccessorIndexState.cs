namespace Platform.Secrets.Grains.Tokens;

[GenerateSerializer]
public sealed class AccessorIndexState
{
    /// <summary>Accessor → token id.</summary>
    [Id(0)]
    public Dictionary<string, string> Tokens { get; set; } = new(StringComparer.Ordinal);
}
