namespace Platform.Kernel.Errors;

/// <summary>
/// Base of the few runtime failures every module raises (CONVENTIONS 6). Each is mapped once to each wire format
/// (Vault: <c>{"errors":[…]}</c> with the status below). Messages are shown to users: say what was wrong and what to do,
/// and never include a secret value.
/// </summary>
[GenerateSerializer, Alias("Platform.Kernel.Errors.PlatformException")]
public abstract class PlatformException : Exception
{
    protected PlatformException(string message) : base(message)
    {
    }

    /// <summary>The HTTP status the failure maps to on every API.</summary>
    public abstract int StatusCode { get; }
}

/// <summary>The thing asked for does not exist (404).</summary>
[GenerateSerializer, Alias("Platform.Kernel.Errors.NotFoundException")]
public sealed class NotFoundException(string message) : PlatformException(message)
{
    public override int StatusCode => 404;
}

/// <summary>The caller's token does not grant the capability on the path, or is missing, expired or revoked (403).</summary>
[GenerateSerializer, Alias("Platform.Kernel.Errors.PermissionDeniedException")]
public sealed class PermissionDeniedException(string message = PermissionDeniedException.VaultText) : PlatformException(message)
{
    /// <summary>Vault's exact text; hvac and node-vault match on it.</summary>
    public const string VaultText = "permission denied";

    public override int StatusCode => 403;
}

/// <summary>The barrier is sealed: nothing can be decrypted until enough unseal keys are given (503).</summary>
[GenerateSerializer, Alias("Platform.Kernel.Errors.SealedException")]
public sealed class SealedException() : PlatformException(VaultText)
{
    /// <summary>Vault's exact text.</summary>
    public const string VaultText = "Vault is sealed";

    public override int StatusCode => 503;
}

/// <summary>A concurrent writer won (stale ETag, check-and-set mismatch, lock held): retry after reading again (409).</summary>
[GenerateSerializer, Alias("Platform.Kernel.Errors.ConflictException")]
public sealed class ConflictException(string message) : PlatformException(message)
{
    public override int StatusCode => 409;
}

/// <summary>The request itself is wrong: a missing or malformed field, a bad policy (400).</summary>
[GenerateSerializer, Alias("Platform.Kernel.Errors.ValidationException")]
public sealed class ValidationException : PlatformException
{
    public ValidationException(string message) : this([message])
    {
    }

    public ValidationException(IReadOnlyList<string> errors) : base(string.Join("; ", errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, one message each (Vault lists them all in <c>errors</c>).</summary>
    [Id(0)]
    public IReadOnlyList<string> Errors { get; }

    public override int StatusCode => 400;
}

/// <summary>What the request would store is larger than the platform holds in one record (413, as Vault answers for a value over its storage entry limit).</summary>
[GenerateSerializer, Alias("Platform.Kernel.Errors.PayloadTooLargeException")]
public sealed class PayloadTooLargeException(string message) : PlatformException(message)
{
    public override int StatusCode => 413;
}
