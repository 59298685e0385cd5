namespace Platform.Secrets.Application.Seal;

/// <summary>This node's seal state as <c>sys/seal-status</c> and <c>sys/unseal</c> report it.</summary>
public sealed record SealStatus(bool Initialized, bool Sealed, int Threshold, int Shares, int Progress, string Nonce);

/// <summary>What <c>sys/init</c> returns once: the unseal key shares and the first root token.</summary>
public sealed record InitResult(IReadOnlyList<byte[]> Keys, string RootToken);
