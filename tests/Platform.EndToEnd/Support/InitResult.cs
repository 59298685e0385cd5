namespace Platform.EndToEnd.Support;

/// <summary>What <c>sys/init</c> hands out once: the unseal key shares (hex and base64) and the root token.</summary>
public sealed record InitResult(IReadOnlyList<string> Keys, IReadOnlyList<string> KeysBase64, string RootToken);
