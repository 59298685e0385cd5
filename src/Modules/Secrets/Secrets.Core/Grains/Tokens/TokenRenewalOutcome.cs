namespace Platform.Secrets.Grains.Tokens;

/// <summary>A renewal as the token grain applied it.</summary>
[GenerateSerializer, Immutable]
public sealed record TokenRenewalOutcome([property: Id(0)] TokenSnapshot Token, [property: Id(1)] TimeSpan Ttl, [property: Id(2)] string[] Warnings);
