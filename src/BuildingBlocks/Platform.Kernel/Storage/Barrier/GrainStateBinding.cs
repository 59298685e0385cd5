using System.Text;
using Orleans.Runtime;

namespace Platform.Kernel.Storage.Barrier;

/// <summary>
/// Which grain state a storage call is about, for the serializer underneath the provider. Orleans hands an
/// <see cref="Orleans.Storage.IGrainStorageSerializer"/> no grain context, so <see cref="BarrierGrainStorage"/> sets
/// one of these in an <see cref="AsyncLocal{T}"/> around each inner call; the serializer binds the ciphertext to it
/// and records any barrier failure here so the decorator can rethrow it typed (providers such as Redis turn storage
/// exceptions into text).
/// </summary>
internal sealed class GrainStateBinding
{
    private static readonly AsyncLocal<GrainStateBinding?> CurrentBinding = new();

    private GrainStateBinding(byte[] associatedData)
    {
        AssociatedData = associatedData;
    }

    public static GrainStateBinding? Current => CurrentBinding.Value;

    /// <summary>The AES-GCM associated data: state name and full grain id (type and key), so ciphertext moved to
    /// another row, another grain or another state of the same grain fails to decrypt.</summary>
    public byte[] AssociatedData { get; }

    /// <summary>The barrier failure (sealed, tampered) raised inside the provider, if any.</summary>
    public Exception? Failure { get; set; }

    /// <summary>Binds the current async flow. Call it inside an async method: the binding then ends with that method,
    /// because the runtime restores the caller's execution context when the method returns.</summary>
    public static GrainStateBinding Enter(string stateName, GrainId grainId)
    {
        var binding = new GrainStateBinding(Encoding.UTF8.GetBytes($"platform/grain-state\0{stateName}\0{grainId}"));
        CurrentBinding.Value = binding;
        return binding;
    }
}
