using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Auth;
using Platform.Kernel.Errors;
using Platform.Kernel.Http;
using Platform.Secrets.Contracts.Policies;

namespace Platform.Secrets.Api;

/// <summary>
/// Vault's policy routes, legacy (<c>sys/policy</c>: <c>rules</c> field, data also at the top level) and 1.x
/// (<c>sys/policies/acl</c>: <c>policy</c> field), plus <c>sys/capabilities-self</c>, <c>sys/capabilities</c> and <c>sys/capabilities-accessor</c>. Writes accept either body
/// field on both routes: hvac sends <c>policy</c>, node-vault <c>rules</c>.
/// </summary>
internal static class SysPolicyEndpoints
{
    public static void MapSysPolicyApi(this RouteGroupBuilder v1)
    {
        foreach (var route in new[] { PolicyRoute.Legacy, PolicyRoute.Acl })
        {
            var prefix = PolicyRoutes.PrefixOf(route);

            // One template serves "…/acl" and "…/acl/": routing ignores a trailing slash (two templates would be ambiguous).
            v1.MapMethods(prefix, VaultVerbs.List, (IMediator mediator, CallContext context, CancellationToken ct) => ListAsync(route, asList: true, mediator, context, ct));

            v1.MapGet(prefix + "/{name}", async (string name, IMediator mediator, CallContext context, CancellationToken ct) =>
            {
                var policy = await mediator.Send(new ReadPolicyQuery(route, name), ct);
                return route == PolicyRoute.Legacy
                    ? VaultResults.Raw(SysResponseBody.WithTopLevelData(context, new Dictionary<string, object?> { ["name"] = policy.Name, ["rules"] = policy.Text }))
                    : VaultResults.Data(context, new Dictionary<string, object?> { ["name"] = policy.Name, ["policy"] = policy.Text });
            });

            v1.MapMethods(prefix + "/{name}", VaultVerbs.Write, async (string name, HttpRequest http, IMediator mediator, CancellationToken ct) =>
            {
                var body = await VaultBody.ReadAsync<PolicyBody>(http, ct);
                await mediator.Send(new WritePolicyCommand(route, name, body.Policy ?? body.Rules ?? ""), ct);
                return VaultResults.NoContent();
            });

            v1.MapDelete(prefix + "/{name}", async (string name, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeletePolicyCommand(route, name), ct);
                return VaultResults.NoContent();
            });
        }

        // Only the legacy prefix answers a plain GET with the list (Vault: a read of "sys/policy").
        v1.MapGet("sys/policy", (IMediator mediator, CallContext context, CancellationToken ct) => ListAsync(PolicyRoute.Legacy, asList: false, mediator, context, ct));

        v1.MapMethods("sys/capabilities-self", VaultVerbs.Write, (HttpRequest http, IMediator mediator, CallContext context, CancellationToken ct) =>
            CapabilitiesAsync(http, body => new CapabilitiesSelfQuery(body.RequestedPaths()), mediator, context, ct));
        v1.MapMethods("sys/capabilities", VaultVerbs.Write, (HttpRequest http, IMediator mediator, CallContext context, CancellationToken ct) =>
            CapabilitiesAsync(http, body => new CapabilitiesQuery(body.Token ?? "", body.RequestedPaths()), mediator, context, ct));
        v1.MapMethods("sys/capabilities-accessor", VaultVerbs.Write, (HttpRequest http, IMediator mediator, CallContext context, CancellationToken ct) =>
            CapabilitiesAsync(http, body => new CapabilitiesAccessorQuery(body.Accessor ?? "", body.RequestedPaths()), mediator, context, ct));
    }

    private static async Task<IResult> CapabilitiesAsync(
        HttpRequest http, Func<CapabilitiesBody, IRequest<IReadOnlyDictionary<string, IReadOnlyList<string>>>> toRequest,
        IMediator mediator, CallContext context, CancellationToken ct)
    {
        var body = await VaultBody.ReadAsync<CapabilitiesBody>(http, ct);
        var paths = body.RequestedPaths();
        var capabilities = await mediator.Send(toRequest(body), ct);
        var data = capabilities.ToDictionary(c => c.Key, c => (object?)c.Value, StringComparer.Ordinal);
        if (paths.Count == 1)
        {
            // Vault keeps a "capabilities" key for single-path callers (the pre-"paths" API).
            data["capabilities"] = capabilities[paths[0]];
        }

        return VaultResults.Raw(SysResponseBody.WithTopLevelData(context, data));
    }

    private static async Task<IResult> ListAsync(PolicyRoute route, bool asList, IMediator mediator, CallContext context, CancellationToken ct)
    {
        var names = await mediator.Send(new ListPoliciesQuery(route, asList), ct);
        return route == PolicyRoute.Legacy
            ? VaultResults.Raw(SysResponseBody.WithTopLevelData(context, new Dictionary<string, object?> { ["keys"] = names, ["policies"] = names }))
            : VaultResults.Data(context, new Dictionary<string, object?> { ["keys"] = names });
    }

    private sealed class PolicyBody
    {
        public string? Policy { get; set; }

        public string? Rules { get; set; }
    }

    private sealed class CapabilitiesBody
    {
        public string? Token { get; set; }

        public string? Accessor { get; set; }

        public string? Path { get; set; }

        /// <summary>A JSON array or a comma-separated string, as Vault accepts.</summary>
        public JsonElement? Paths { get; set; }

        public IReadOnlyList<string> RequestedPaths()
        {
            var paths = new List<string>();
            switch (Paths)
            {
                case { ValueKind: JsonValueKind.Array } array:
                    foreach (var item in array.EnumerateArray())
                    {
                        paths.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw new ValidationException("'paths' must be a list of strings"));
                    }

                    break;
                case { ValueKind: JsonValueKind.String } text:
                    paths.AddRange(text.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
            }

            if (!string.IsNullOrEmpty(Path))
            {
                paths.Add(Path);
            }

            return paths;
        }
    }
}
