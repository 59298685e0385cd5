using System.Globalization;
using Microsoft.AspNetCore.Http;
using Platform.Kernel.Errors;
using Platform.Secrets.Contracts.Sys;

namespace Platform.Secrets.Api;

/// <summary>
/// The HTTP status of <c>sys/health</c>, as Vault chooses it: 501 not initialised, 503 sealed, 200 active (and 429
/// standby, 473 performance standby, 472 DR secondary, which this platform's nodes never are: every unsealed node
/// serves). Each is replaceable by a query parameter (<c>uninitcode</c>, <c>sealedcode</c>, <c>activecode</c>, …), and
/// <c>standbyok</c>/<c>perfstandbyok</c> are accepted; load balancers send them. A malformed parameter is a 400, as in
/// Vault, rather than a silently ignored override that would make a health check lie.
/// </summary>
internal static class HealthStatusCodes
{
    private static readonly string[] CodeParameters =
        ["activecode", "standbycode", "drsecondarycode", "performancestandbycode", "haunhealthycode", "sealedcode", "uninitcode", "removedcode"];

    private static readonly string[] FlagParameters = ["standbyok", "perfstandbyok"];

    public static int Choose(HealthResponse health, IQueryCollection query)
    {
        // Every parameter is checked, not only the one that applies now: a typo must not wait for an outage to show.
        var codes = CodeParameters.ToDictionary(name => name, name => Code(query, name));
        foreach (var flag in FlagParameters)
        {
            Flag(query, flag);
        }

        if (!health.Initialized)
        {
            return codes["uninitcode"] ?? StatusCodes.Status501NotImplemented;
        }

        return health.Sealed
            ? codes["sealedcode"] ?? StatusCodes.Status503ServiceUnavailable
            : codes["activecode"] ?? StatusCodes.Status200OK;
    }

    private static int? Code(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            return null;
        }

        if (int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 100 and <= 599)
        {
            return code;
        }

        throw new ValidationException($"invalid {name} parameter: an HTTP status code from 100 to 599 is required");
    }

    private static void Flag(IQueryCollection query, string name)
    {
        // Vault takes a bare "?standbyok" as true, and otherwise Go's boolean spellings.
        if (query.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0])
            && values[0] is not ("1" or "t" or "T" or "TRUE" or "true" or "True" or "0" or "f" or "F" or "FALSE" or "false" or "False"))
        {
            throw new ValidationException($"bad value for {name} parameter");
        }
    }
}
