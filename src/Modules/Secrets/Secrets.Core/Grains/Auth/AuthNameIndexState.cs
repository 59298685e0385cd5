namespace Platform.Secrets.Grains.Auth;

[GenerateSerializer]
public sealed class AuthNameIndexState
{
    [Id(0)] public HashSet<string> Names { get; set; } = new(StringComparer.Ordinal);
}
