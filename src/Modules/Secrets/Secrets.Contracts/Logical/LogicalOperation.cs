namespace Platform.Secrets.Contracts.Logical;

/// <summary>
/// Vault's operations on a mounted path. A PUT or POST is <see cref="Create"/> when the backend reports nothing at the
/// path yet and <see cref="Update"/> otherwise (a policy may grant one and not the other).
/// </summary>
public enum LogicalOperation
{
    Read,
    Create,
    Update,
    Delete,
    List,
    Patch,
}
