using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Errors;
using Platform.Kernel.Storage;
using Platform.Secrets.Domain.Seal;

namespace Platform.Secrets.Application.Seal;

/// <summary>
/// This process's side of the seal: init (once per cluster, an atomic insert of the <see cref="SealRecord"/>),
/// collecting unseal key shares until the threshold, installing the keyring in the barrier, sealing and rotating.
/// The unseal key exists only while the shares are combined; the root key is held while unsealed so a keyring
/// rotated by another node can be read. Every node of a cluster unseals on its own, like Vault's.
/// </summary>
public sealed class SealKeeper
{
    private readonly ISealStore _store;
    private readonly AesGcmBarrier _barrier;
    private readonly IRootTokenIssuer _rootTokens;
    private readonly TimeProvider _time;
    private readonly ILogger<SealKeeper> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<byte[]> _progress = [];
    private string _nonce = "";
    private byte[]? _rootKey;
    private SealConfiguration? _configuration;

    private readonly IGrainFactory _grains;
    private readonly ILocalSiloDetails _silo;

    public SealKeeper(ISealStore store, AesGcmBarrier barrier, IRootTokenIssuer rootTokens, TimeProvider time, ILogger<SealKeeper> logger, IGrainFactory grains, ILocalSiloDetails silo)
    {
        _grains = grains;
        _silo = silo;
        _store = store;
        _barrier = barrier;
        _rootTokens = rootTokens;
        _time = time;
        _logger = logger;
        _barrier.UnknownTermResolver = ReloadKeyring;
    }

    public async Task<SealStatus> StatusAsync(CancellationToken cancellationToken)
    {
        var configuration = _configuration ?? (await ReadRecordAsync(cancellationToken))?.Configuration;
        _configuration = configuration;
        lock (_progress)
        {
            return configuration is null
                ? new SealStatus(false, true, 0, 0, 0, "")
                : new SealStatus(true, _barrier.IsSealed, configuration.SecretThreshold, configuration.SecretShares, _progress.Count, _nonce);
        }
    }

    /// <param name="stayUnsealed">Dev mode: leave the barrier unsealed afterwards (Vault's init leaves it sealed).</param>
    public async Task<InitResult> InitializeAsync(int shares, int threshold, bool stayUnsealed, string? rootTokenId, CancellationToken cancellationToken)
    {
        var errors = SealConfiguration.Validate(shares, threshold).ToList();
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (await ReadRecordAsync(cancellationToken) is not null)
            {
                throw new ValidationException("Vault is already initialized");
            }

            var unsealKey = RandomNumberGenerator.GetBytes(32);
            var rootKey = RandomNumberGenerator.GetBytes(32);
            var keyring = Keyring.CreateNew(_time.GetUtcNow());
            var configuration = new SealConfiguration(shares, threshold);
            var record = new SealRecord(
                configuration,
                KeyWrap.Wrap(unsealKey, rootKey, SealRecord.RootKeyPurpose),
                KeyWrap.Wrap(rootKey, keyring.Serialize(), SealRecord.KeyringPurpose));
            // The root token is written under the new keyring before the seal record is published, so a failure
            // here leaves the server uninitialised rather than initialised with no way in. If another node wins
            // the insert, the token written here is undecryptable garbage under a keyring nobody holds.
            Install(rootKey, keyring);
            var published = false;
            try
            {
                var rootToken = await _rootTokens.CreateRootTokenAsync(rootTokenId, cancellationToken);
                if (!await _store.TryAddAsync(SealRecord.StoreKey, record.Serialize(), cancellationToken))
                {
                    throw new ValidationException("Vault is already initialized");
                }

                published = true;
                _configuration = configuration;
                // A single share is the unseal key itself, as in Vault.
                var keys = shares == 1 ? [unsealKey] : ShamirSecretSharing.Split(unsealKey, shares, threshold);
                _logger.LogInformation("Initialized with {Shares} key shares and a key threshold of {Threshold}", shares, threshold);
                return new InitResult(keys, rootToken);
            }
            finally
            {
                if (!published || !stayUnsealed)
                {
                    SealCore();
                }

                if (shares != 1)
                {
                    CryptographicOperations.ZeroMemory(unsealKey);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Adds one key share (hex or base64); unseals when the threshold is reached.</summary>
    public async Task<SealStatus> UnsealAsync(string? key, bool reset, CancellationToken cancellationToken)
    {
        var record = await ReadRecordAsync(cancellationToken) ?? throw new ValidationException("Vault is not initialized");
        _configuration = record.Configuration;
        if (reset)
        {
            ResetProgress();
            return await StatusAsync(cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ValidationException("'key' must be specified in request body as JSON, or 'reset' set to true");
        }

        var share = DecodeKey(key);
        if (!_barrier.IsSealed)
        {
            return await StatusAsync(cancellationToken);
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            byte[] unsealKey;
            lock (_progress)
            {
                if (_progress.Any(existing => CryptographicOperations.FixedTimeEquals(existing, share)))
                {
                    // Vault ignores a share given twice: progress does not move.
                    return Status(record.Configuration);
                }

                if (_progress.Count == 0)
                {
                    _nonce = Guid.NewGuid().ToString();
                }

                _progress.Add(share);
                if (_progress.Count < record.Configuration.SecretThreshold)
                {
                    return Status(record.Configuration);
                }

                unsealKey = CombineProgress(record.Configuration);
            }

            var rootKey = KeyWrap.TryUnwrap(unsealKey, record.WrappedRootKey, SealRecord.RootKeyPurpose);
            CryptographicOperations.ZeroMemory(unsealKey);
            if (rootKey is null)
            {
                _logger.LogWarning("Unseal failed: the key shares given do not rebuild the unseal key; progress reset");
                throw new ValidationException("Error unsealing: the unseal keys given are not valid for this server (progress reset; start again with correct keys)");
            }

            var keyring = Keyring.Deserialize(KeyWrap.TryUnwrap(rootKey, record.WrappedKeyring, SealRecord.KeyringPurpose)
                ?? throw new CryptographicException("The keyring does not decrypt under the root key: the seal record is damaged."));
            Install(rootKey, keyring);
            _logger.LogInformation("Unsealed: keyring term {Term} active", keyring.ActiveTerm);
            return Status(record.Configuration);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task SealAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            SealCore();
            _logger.LogInformation("Sealed");
        }
        finally
        {
            _gate.Release();
        }

        // Grains active here hold decrypted state in memory: deactivate them all, so a sealed node keeps no secret
        // and the cluster reactivates them on unsealed nodes (placement prefers the caller's node).
        await _grains.GetGrain<IManagementGrain>(0).ForceActivationCollection([_silo.SiloAddress], TimeSpan.Zero);
    }

    /// <summary>Adds a keyring term and makes it active (<c>sys/rotate</c>); earlier terms still decrypt.</summary>
    public async Task<(uint Term, DateTimeOffset InstallTime)> RotateAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var rootKey = _rootKey ?? throw new SealedException();
            var record = await ReadRecordAsync(cancellationToken) ?? throw new SealedException();
            var current = Keyring.Deserialize(KeyWrap.TryUnwrap(rootKey, record.WrappedKeyring, SealRecord.KeyringPurpose)
                ?? throw new CryptographicException("The keyring does not decrypt under the root key: the seal record is damaged."));
            var rotated = current.Rotate(_time.GetUtcNow());
            await _store.PutAsync(SealRecord.StoreKey, (record with { WrappedKeyring = KeyWrap.Wrap(rootKey, rotated.Serialize(), SealRecord.KeyringPurpose) }).Serialize(), cancellationToken);
            _barrier.Install(rotated.Keys, rotated.ActiveTerm);
            _logger.LogInformation("Rotated the keyring: term {Term} active", rotated.ActiveTerm);
            return (rotated.ActiveTerm, rotated.ActiveInstallTime);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The active term and when it was installed (<c>sys/key-status</c>).</summary>
    public (uint Term, DateTimeOffset InstallTime) KeyStatus()
    {
        var rootKey = _rootKey ?? throw new SealedException();
        var record = SealRecord.Deserialize(_store.Get(SealRecord.StoreKey) ?? throw new SealedException());
        var keyring = Keyring.Deserialize(KeyWrap.TryUnwrap(rootKey, record.WrappedKeyring, SealRecord.KeyringPurpose) ?? throw new SealedException());
        return (keyring.ActiveTerm, keyring.ActiveInstallTime);
    }

    private SealStatus Status(SealConfiguration configuration) =>
        new(true, _barrier.IsSealed, configuration.SecretThreshold, configuration.SecretShares, _progress.Count, _nonce);

    private byte[] CombineProgress(SealConfiguration configuration)
    {
        try
        {
            if (configuration.SecretThreshold == 1)
            {
                return _progress[0];
            }

            return ShamirSecretSharing.Combine(_progress);
        }
        catch (ArgumentException)
        {
            // Shares of different lengths or repeated x coordinates: cannot belong to one split.
            return [];
        }
        finally
        {
            _progress.Clear();
            _nonce = "";
        }
    }

    private void ResetProgress()
    {
        lock (_progress)
        {
            _progress.Clear();
            _nonce = "";
        }
    }

    private void Install(byte[] rootKey, Keyring keyring)
    {
        _rootKey = rootKey;
        _barrier.Install(keyring.Keys, keyring.ActiveTerm);
    }

    private void SealCore()
    {
        _barrier.Seal();
        if (_rootKey is { } rootKey)
        {
            CryptographicOperations.ZeroMemory(rootKey);
        }

        _rootKey = null;
        ResetProgress();
    }

    private IReadOnlyDictionary<uint, byte[]>? ReloadKeyring(uint term)
    {
        var rootKey = _rootKey;
        var bytes = _store.Get(SealRecord.StoreKey);
        if (rootKey is null || bytes is null)
        {
            return null;
        }

        var unwrapped = KeyWrap.TryUnwrap(rootKey, SealRecord.Deserialize(bytes).WrappedKeyring, SealRecord.KeyringPurpose);
        return unwrapped is null ? null : Keyring.Deserialize(unwrapped).Keys;
    }

    private async Task<SealRecord?> ReadRecordAsync(CancellationToken cancellationToken)
    {
        var bytes = await _store.GetAsync(SealRecord.StoreKey, cancellationToken);
        return bytes is null ? null : SealRecord.Deserialize(bytes);
    }

    /// <summary>Vault accepts a key share as hex or base64.</summary>
    private static byte[] DecodeKey(string key)
    {
        key = key.Trim();
        try
        {
            return Convert.FromHexString(key);
        }
        catch (FormatException)
        {
            try
            {
                return Convert.FromBase64String(key);
            }
            catch (FormatException)
            {
                throw new ValidationException("'key' must be a valid hex or base64 string");
            }
        }
    }
}
