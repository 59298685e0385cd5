using Microsoft.AspNetCore.Http;
using Platform.Kernel.Auth;

namespace Platform.Kernel.Http;

/// <summary>The few response shapes of Vault routes: a raw body (sys/seal-status, sys/init), the envelope, or 204.</summary>
public static class VaultResults
{
    public static IResult Raw(object body, int statusCode = StatusCodes.Status200OK) =>
        new VaultJsonResult(body, statusCode);

    public static IResult Data(CallContext context, object? data) => Raw(VaultEnvelope.ForData(context.RequestId, data));

    public static IResult Auth(CallContext context, object auth) => Raw(VaultEnvelope.ForAuth(context.RequestId, auth));

    public static IResult NoContent() => Results.NoContent();
}
