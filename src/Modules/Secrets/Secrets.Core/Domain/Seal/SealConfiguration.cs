namespace Platform.Secrets.Domain.Seal;

/// <summary>How the unseal key was split at init (public: <c>sys/seal-status</c> reports it as <c>n</c> and <c>t</c>).</summary>
public sealed record SealConfiguration(int SecretShares, int SecretThreshold)
{
    public const int MaxShares = ShamirSecretSharing.MaxShares;

    /// <summary>Vault's rules for <c>sys/init</c>, with Vault's messages.</summary>
    public static IEnumerable<string> Validate(int shares, int threshold)
    {
        if (shares < 1)
        {
            yield return "secret shares must be at least one";
        }
        else if (shares > MaxShares)
        {
            yield return $"secret shares must be at most {MaxShares}";
        }

        if (threshold < 1)
        {
            yield return "secret threshold must be at least one";
        }
        else if (threshold > shares)
        {
            yield return "secret threshold cannot be larger than secret shares";
        }
        else if (shares > 1 && threshold == 1)
        {
            yield return "secret threshold must be greater than one for multiple shares";
        }
    }
}
