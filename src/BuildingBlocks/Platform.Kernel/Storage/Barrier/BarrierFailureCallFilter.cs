using System.Runtime.ExceptionServices;
using Platform.Kernel.Errors;

namespace Platform.Kernel.Storage.Barrier;

/// <summary>
/// Orleans wraps every storage failure that is not its own exception type in an <see cref="OrleansException"/>
/// carrying the original as text and inner exception. A grain call that hit the barrier must fail with the barrier's
/// own typed exception (<see cref="SealedException"/> → 503, <see cref="BarrierIntegrityException"/>) so callers and
/// the HTTP error mapping see what happened; this filter unwraps exactly those. It runs on the calling side because
/// a failed activation (state read while sealed) never reaches the grain's incoming filters; every caller is in a
/// silo (handlers run co-hosted), so every call passes here.
/// </summary>
public sealed class BarrierFailureCallFilter : IOutgoingGrainCallFilter
{
    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (OrleansException exception) when (exception.InnerException is PlatformException or BarrierIntegrityException)
        {
            ExceptionDispatchInfo.Throw(exception.InnerException);
        }
    }
}
