using Platform.Secrets.Grains.Tokens;

namespace Platform.Secrets.Application.Tokens;

/// <summary>
/// The calling token as authentication found it, for this request only (scoped): handlers of <c>lookup-self</c>,
/// <c>create</c> and the other self routes read it instead of asking the token grain a second time.
/// </summary>
public sealed class CallerToken
{
    public TokenSnapshot? Snapshot { get; set; }

    public TokenSnapshot Required => Snapshot ?? throw new Platform.Kernel.Errors.PermissionDeniedException();
}
