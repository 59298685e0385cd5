namespace Platform.Kernel.Storage;

/// <summary>Ciphertext that does not authenticate: tampered, moved to another key, or written under an unknown term.</summary>
[GenerateSerializer, Alias("Platform.Kernel.Storage.BarrierIntegrityException")]
public sealed class BarrierIntegrityException(string message) : Exception(message)
{
}
