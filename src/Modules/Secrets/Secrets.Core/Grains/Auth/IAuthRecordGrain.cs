namespace Platform.Secrets.Grains.Auth;

/// <summary>
/// One stored record of an auth method (a userpass user, an LDAP config, an LDAP group or user mapping), one
/// activation per record so a method's users scale out instead of piling into one grain. Keyed
/// <c>{mount uuid}/{collection}/{name}</c> (<see cref="AuthRecordKeys"/>); the generic argument keeps different record
/// types apart even under the same key.
/// </summary>
public interface IAuthRecordGrain<TRecord> : IGrainWithStringKey
    where TRecord : class
{
    Task<TRecord?> GetAsync();

    Task PutAsync(TRecord record);

    /// <summary>True when there was a record to delete.</summary>
    Task<bool> DeleteAsync();
}
