using Orleans.Storage;

namespace Platform.Kernel.Storage.Barrier;

/// <summary>
/// The barrier as Orleans sees it: Orleans' own binary serializer (no JSON of secrets anywhere), then AES-256-GCM
/// under the keyring's active term, bound to the grain state the surrounding <see cref="BarrierGrainStorage"/> call is
/// about. Used only underneath that decorator: without its binding there is nothing to bind the ciphertext to, so
/// the call fails rather than writing unbound ciphertext.
/// </summary>
public sealed class BarrierGrainStorageSerializer(IBarrier barrier, OrleansGrainStorageSerializer inner) : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input)
    {
        var binding = RequireBinding();
        var plaintext = inner.Serialize(input);
        try
        {
            return new BinaryData(barrier.Encrypt(plaintext.ToMemory().Span, binding.AssociatedData));
        }
        catch (Exception exception)
        {
            binding.Failure = exception;
            throw;
        }
    }

    public T? Deserialize<T>(BinaryData input)
    {
        var binding = RequireBinding();
        byte[] plaintext;
        try
        {
            plaintext = barrier.Decrypt(input.ToMemory().Span, binding.AssociatedData);
        }
        catch (Exception exception)
        {
            binding.Failure = exception;
            throw;
        }

        return inner.Deserialize<T>(new BinaryData(plaintext));
    }

    private static GrainStateBinding RequireBinding() =>
        GrainStateBinding.Current ?? throw new InvalidOperationException(
            "Grain state reached the barrier serializer outside BarrierGrainStorage; register the provider through StorageRegistration.");
}
