using System.Text.Json.Serialization;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Auth;
using Platform.Kernel.Errors;
using Platform.Kernel.Http;
using Platform.Secrets.Contracts.Tokens;

namespace Platform.Secrets.Api;

/// <summary>
/// Vault's token auth method under <c>auth/token/</c>. The token to act on travels in the body (never in the URL,
/// where proxies and access logs would keep it).
/// </summary>
internal static class TokenEndpoints
{
    public static void MapTokenApi(this RouteGroupBuilder v1)
    {
        v1.MapMethods("auth/token/create", VaultVerbs.Write, (HttpRequest http, IMediator mediator, CallContext context, CancellationToken ct) =>
            CreateAsync(http, mediator, context, orphan: false, ct));
        v1.MapMethods("auth/token/create-orphan", VaultVerbs.Write, (HttpRequest http, IMediator mediator, CallContext context, CancellationToken ct) =>
            CreateAsync(http, mediator, context, orphan: true, ct));

        v1.MapGet("auth/token/lookup-self", async (IMediator mediator, CallContext context, CancellationToken ct) =>
            VaultResults.Data(context, await mediator.Send(new LookupSelfQuery(), ct)));
        v1.MapMethods("auth/token/lookup-self", VaultVerbs.Write, async (IMediator mediator, CallContext context, CancellationToken ct) =>
            VaultResults.Data(context, await mediator.Send(new LookupSelfByPostQuery(), ct)));

        v1.MapMethods("auth/token/lookup", VaultVerbs.Write, async (HttpRequest http, IMediator mediator, CallContext context, CancellationToken ct) =>
        {
            var body = await VaultBody.ReadAsync<TokenBody>(http, ct);
            return VaultResults.Data(context, await mediator.Send(new LookupTokenQuery(body.Token), ct));
        });

        v1.MapMethods("auth/token/lookup-accessor", VaultVerbs.Write, async (HttpRequest http, IMediator mediator, CallContext context, CancellationToken ct) =>
        {
            var body = await VaultBody.ReadAsync<AccessorBody>(http, ct);
            return VaultResults.Data(context, await mediator.Send(new LookupAccessorQuery(body.Accessor), ct));
        });

        v1.MapMethods("auth/token/renew", VaultVerbs.Write, async (HttpRequest http, IMediator mediator, CallContext context, CancellationToken ct) =>
        {
            var body = await VaultBody.ReadAsync<RenewBody>(http, ct);
            return Auth(context, await mediator.Send(new RenewTokenCommand(body.Token, body.Increment ?? TimeSpan.Zero), ct));
        });

        v1.MapMethods("auth/token/renew-self", VaultVerbs.Write, async (HttpRequest http, IMediator mediator, CallContext context, CancellationToken ct) =>
        {
            var body = await VaultBody.ReadAsync<RenewBody>(http, ct);
            return Auth(context, await mediator.Send(new RenewSelfCommand(body.Increment ?? TimeSpan.Zero), ct));
        });

        v1.MapMethods("auth/token/revoke", VaultVerbs.Write, async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
        {
            var body = await VaultBody.ReadAsync<TokenBody>(http, ct);
            await mediator.Send(new RevokeTokenCommand(body.Token), ct);
            return VaultResults.NoContent();
        });

        v1.MapMethods("auth/token/revoke-self", VaultVerbs.Write, async (IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RevokeSelfCommand(), ct);
            return VaultResults.NoContent();
        });

        v1.MapMethods("auth/token/revoke-accessor", VaultVerbs.Write, async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
        {
            var body = await VaultBody.ReadAsync<AccessorBody>(http, ct);
            await mediator.Send(new RevokeAccessorCommand(body.Accessor), ct);
            return VaultResults.NoContent();
        });

        v1.MapMethods("auth/token/revoke-orphan", VaultVerbs.Write, async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
        {
            var body = await VaultBody.ReadAsync<TokenBody>(http, ct);
            await mediator.Send(new RevokeOrphanCommand(body.Token), ct);
            return VaultResults.NoContent();
        });

        v1.MapMethods("auth/token/accessors", VaultVerbs.List, async (IMediator mediator, CallContext context, CancellationToken ct) =>
            VaultResults.Data(context, await mediator.Send(new ListAccessorsQuery(), ct)));
    }

    private static async Task<IResult> CreateAsync(HttpRequest http, IMediator mediator, CallContext context, bool orphan, CancellationToken ct)
    {
        var body = await VaultBody.ReadAsync<CreateBody>(http, ct);
        if (body.Type is { Length: > 0 } type && type != "service" && type != "default")
        {
            throw new ValidationException(type == "batch" ? "batch tokens are not supported; use service tokens" : "invalid 'token_type' value");
        }

        var result = await mediator.Send(new CreateTokenCommand
        {
            Orphan = orphan,
            Id = body.Id,
            Policies = body.Policies,
            Meta = body.Meta,
            NoParent = body.NoParent ?? false,
            NoDefaultPolicy = body.NoDefaultPolicy ?? false,
            Renewable = body.Renewable ?? true,
            Ttl = body.Ttl ?? body.Lease ?? TimeSpan.Zero,
            ExplicitMaxTtl = body.ExplicitMaxTtl ?? TimeSpan.Zero,
            Period = body.Period ?? TimeSpan.Zero,
            DisplayName = body.DisplayName,
            NumUses = body.NumUses ?? 0,
        }, ct);
        return Auth(context, result);
    }

    private static IResult Auth(CallContext context, TokenAuthResult result) =>
        VaultResults.Raw(new VaultEnvelope(context.RequestId, "", false, 0, null, null, result.Warnings, result.Auth));

    private sealed class CreateBody
    {
        public string? Id { get; set; }

        [JsonConverter(typeof(VaultStringListJsonConverter))]
        public IReadOnlyList<string>? Policies { get; set; }

        public Dictionary<string, string>? Meta { get; set; }

        public bool? NoParent { get; set; }

        public bool? NoDefaultPolicy { get; set; }

        public bool? Renewable { get; set; }

        [JsonConverter(typeof(VaultDurationJsonConverter))]
        public TimeSpan? Ttl { get; set; }

        /// <summary>Vault's older name for <c>ttl</c>.</summary>
        [JsonConverter(typeof(VaultDurationJsonConverter))]
        public TimeSpan? Lease { get; set; }

        [JsonConverter(typeof(VaultDurationJsonConverter))]
        public TimeSpan? ExplicitMaxTtl { get; set; }

        [JsonConverter(typeof(VaultDurationJsonConverter))]
        public TimeSpan? Period { get; set; }

        public string? DisplayName { get; set; }

        public int? NumUses { get; set; }

        public string? Type { get; set; }
    }

    private sealed class TokenBody
    {
        public string? Token { get; set; }
    }

    private sealed class AccessorBody
    {
        public string? Accessor { get; set; }
    }

    private sealed class RenewBody
    {
        public string? Token { get; set; }

        [JsonConverter(typeof(VaultDurationJsonConverter))]
        public TimeSpan? Increment { get; set; }
    }
}
