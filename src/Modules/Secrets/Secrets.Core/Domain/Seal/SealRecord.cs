using System.Text.Json;

namespace Platform.Secrets.Domain.Seal;

/// <summary>
/// What init writes outside the barrier, as one record so init is a single atomic insert: the split configuration,
/// the root key wrapped by the unseal key, and the keyring wrapped by the root key. Nothing in it is plaintext key
/// material.
/// </summary>
public sealed record SealRecord(SealConfiguration Configuration, byte[] WrappedRootKey, byte[] WrappedKeyring)
{
    public const string StoreKey = "core/seal";
    public const string RootKeyPurpose = "platform-root-key";
    public const string KeyringPurpose = "platform-keyring";

    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(this);

    public static SealRecord Deserialize(byte[] bytes) =>
        JsonSerializer.Deserialize<SealRecord>(bytes) ?? throw new InvalidDataException("Seal record is empty.");
}
