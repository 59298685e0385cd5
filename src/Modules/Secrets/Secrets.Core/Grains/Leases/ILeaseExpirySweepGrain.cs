namespace Platform.Secrets.Grains.Leases;

/// <summary>
/// The cluster's one walker of the deadline index (key <see cref="Key"/>). Every node's sweeper pokes it about once a
/// second while that node is unsealed; whichever node hosts it does the walk, so the work is done once however many
/// nodes poke, and moves with the grain when a node dies. Only the deadline index tells it what is due: it holds no
/// per-lease timer or reminder, so start-up cost does not grow with the number of leases.
/// </summary>
public interface ILeaseExpirySweepGrain : IGrainWithStringKey
{
    const string Key = "sweep";

    /// <summary>Revokes what is due; true when the work was cut at the batch size and more is due now.</summary>
    Task<bool> SweepAsync();
}
