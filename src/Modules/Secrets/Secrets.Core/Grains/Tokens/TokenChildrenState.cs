namespace Platform.Secrets.Grains.Tokens;

[GenerateSerializer]
public sealed class TokenChildrenState
{
    [Id(0)]
    public HashSet<string> Children { get; set; } = new(StringComparer.Ordinal);
}
