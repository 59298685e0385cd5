using System.Text.Json.Serialization;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Auth;
using Platform.Kernel.Http;
using Platform.Secrets.Contracts.Leases;

namespace Platform.Secrets.Api;

/// <summary>
/// Vault's lease routes under <c>sys/leases/</c> and their older names (<c>sys/renew</c>, <c>sys/revoke</c>,
/// <c>sys/revoke-prefix</c>, <c>sys/revoke-force</c>) that hvac and the vault CLI still call. A lease id may come in
/// the body or after the route; the body wins, as in Vault.
/// </summary>
internal static class SysLeaseEndpoints
{
    public static void MapSysLeaseApi(this RouteGroupBuilder v1)
    {
        v1.MapMethods("sys/leases/lookup", VaultVerbs.Write, async (HttpRequest http, IMediator mediator, CallContext context, CancellationToken ct) =>
        {
            var body = await VaultBody.ReadAsync<LeaseBody>(http, ct);
            return VaultResults.Data(context, await mediator.Send(new LookupLeaseQuery(body.LeaseId), ct));
        });

        v1.MapMethods("sys/leases/lookup/", VaultVerbs.List, (IMediator mediator, CallContext context, CancellationToken ct) =>
            ListAsync("", mediator, context, ct));
        v1.MapMethods("sys/leases/lookup/{**prefix}", VaultVerbs.List, (string? prefix, IMediator mediator, CallContext context, CancellationToken ct) =>
            ListAsync(prefix ?? "", mediator, context, ct));

        foreach (var route in new[] { "sys/leases/renew", "sys/renew" })
        {
            v1.MapMethods(route, VaultVerbs.Write, (HttpRequest http, IMediator mediator, CallContext context, CancellationToken ct) =>
                RenewAsync(route, null, http, mediator, context, ct));
            v1.MapMethods(route + "/{**id}", VaultVerbs.Write, (string id, HttpRequest http, IMediator mediator, CallContext context, CancellationToken ct) =>
                RenewAsync(route + "/" + id, id, http, mediator, context, ct));
        }

        foreach (var route in new[] { "sys/leases/revoke", "sys/revoke" })
        {
            v1.MapMethods(route, VaultVerbs.Write, (HttpRequest http, IMediator mediator, CancellationToken ct) =>
                RevokeAsync(route, null, http, mediator, ct));
            v1.MapMethods(route + "/{**id}", VaultVerbs.Write, (string id, HttpRequest http, IMediator mediator, CancellationToken ct) =>
                RevokeAsync(route + "/" + id, id, http, mediator, ct));
        }

        foreach (var (route, force) in new[] { ("sys/leases/revoke-prefix", false), ("sys/leases/revoke-force", true), ("sys/revoke-prefix", false), ("sys/revoke-force", true) })
        {
            v1.MapMethods(route + "/{**prefix}", VaultVerbs.Write, async (string prefix, HttpRequest http, IMediator mediator, CancellationToken ct) =>
            {
                var body = await VaultBody.ReadAsync<LeaseBody>(http, ct);
                await mediator.Send(new RevokeLeasePrefixCommand(route + "/" + prefix, prefix, force), ct);
                // Vault's sync=false queues the work and answers 202; ours is done either way.
                return body.Sync == false && !force ? Results.StatusCode(StatusCodes.Status202Accepted) : VaultResults.NoContent();
            });
        }
    }

    private static async Task<IResult> ListAsync(string prefix, IMediator mediator, CallContext context, CancellationToken ct)
    {
        var list = await mediator.Send(new ListLeasesQuery(prefix), ct);
        // Vault answers an empty LIST with 404 and an empty error list.
        return list.Keys.Count == 0
            ? VaultResults.Raw(new { errors = Array.Empty<string>() }, StatusCodes.Status404NotFound)
            : VaultResults.Data(context, list);
    }

    private static async Task<IResult> RenewAsync(string aclPath, string? urlId, HttpRequest http, IMediator mediator, CallContext context, CancellationToken ct)
    {
        var body = await VaultBody.ReadAsync<LeaseBody>(http, ct);
        var renewal = await mediator.Send(new RenewLeaseCommand(aclPath, string.IsNullOrEmpty(body.LeaseId) ? urlId : body.LeaseId, body.Increment ?? TimeSpan.Zero), ct);
        return VaultResults.Raw(new VaultEnvelope(context.RequestId, renewal.LeaseId, renewal.Renewable, renewal.LeaseDuration, renewal.Data, null, renewal.Warnings, null));
    }

    private static async Task<IResult> RevokeAsync(string aclPath, string? urlId, HttpRequest http, IMediator mediator, CancellationToken ct)
    {
        var body = await VaultBody.ReadAsync<LeaseBody>(http, ct);
        await mediator.Send(new RevokeLeaseCommand(aclPath, string.IsNullOrEmpty(body.LeaseId) ? urlId : body.LeaseId), ct);
        return body.Sync == false ? Results.StatusCode(StatusCodes.Status202Accepted) : VaultResults.NoContent();
    }

    private sealed class LeaseBody
    {
        public string? LeaseId { get; set; }

        [JsonConverter(typeof(VaultDurationJsonConverter))]
        public TimeSpan? Increment { get; set; }

        public bool? Sync { get; set; }
    }
}
