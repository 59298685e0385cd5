namespace Platform.Kernel.Consensus;

/// <summary>
/// Who holds (or wants) a lock, shown to whoever is refused. Shaped after Terraform's lock info so a state lock can
/// hand it back unchanged.
/// </summary>
/// <param name="Id">The holder's own id for this attempt (Terraform's lock ID); release and renew also accept it.</param>
/// <param name="Who">Person or process, e.g. <c>alice@laptop</c> or <c>plan-applier@node-2</c>.</param>
/// <param name="Operation">What the holder is doing, e.g. <c>OperationTypeApply</c>.</param>
/// <param name="Info">Free text from the holder.</param>
[GenerateSerializer, Immutable, Alias("Platform.Kernel.Consensus.LockHolder")]
public sealed record LockHolder(
    [property: Id(0)] string Id,
    [property: Id(1)] string Who,
    [property: Id(2)] string Operation,
    [property: Id(3)] string Info);
