using System.Runtime.ExceptionServices;
using Orleans.Runtime;
using Orleans.Storage;
using Platform.Kernel.Errors;

namespace Platform.Kernel.Storage.Barrier;

/// <summary>
/// The grain storage every module uses (<see cref="StorageSettings.ProviderName"/>), whatever the backend: it refuses
/// every call while sealed, tells <see cref="BarrierGrainStorageSerializer"/> which grain state it is encrypting, and
/// rethrows the barrier's own exception (<see cref="SealedException"/>, <see cref="BarrierIntegrityException"/>)
/// when the inner provider wrapped it. The inner provider must be configured with that serializer.
/// </summary>
public sealed class BarrierGrainStorage(IGrainStorage inner, IBarrier barrier) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        RunAsync(stateName, grainId, () => inner.ReadStateAsync(stateName, grainId, grainState));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        RunAsync(stateName, grainId, () => inner.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        RunAsync(stateName, grainId, () => inner.ClearStateAsync(stateName, grainId, grainState));

    private async Task RunAsync(string stateName, GrainId grainId, Func<Task> call)
    {
        // Checked before the call as well: a read of a missing record or a clear never reaches the serializer,
        // and neither may succeed while sealed.
        if (barrier.IsSealed)
        {
            throw new SealedException();
        }

        var binding = GrainStateBinding.Enter(stateName, grainId);
        try
        {
            await call();
        }
        catch (Exception exception) when (binding.Failure is { } failure && !ReferenceEquals(exception, failure))
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }
}
