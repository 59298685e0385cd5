using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Auth;
using Platform.Kernel.Http;
using Platform.Secrets.Contracts.Sys;

namespace Platform.Secrets.Api;

/// <summary>Vault's seal routes: init, unseal, seal, seal-status, health, rotate, key-status.</summary>
internal static class SysSealEndpoints
{
    public static void MapSysSealApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("sys/seal-status", async (IMediator mediator, CancellationToken ct) =>
            VaultResults.Raw(await mediator.Send(new SealStatusQuery(), ct)));

        v1.MapGet("sys/init", async (IMediator mediator, CancellationToken ct) =>
            VaultResults.Raw(await mediator.Send(new InitStatusQuery(), ct)));

        v1.MapMethods("sys/init", VaultVerbs.Write, async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
        {
            var body = await VaultBody.ReadAsync<InitBody>(http, ct);
            return VaultResults.Raw(await mediator.Send(new InitCommand(body.SecretShares ?? 0, body.SecretThreshold ?? 0), ct));
        });

        v1.MapMethods("sys/unseal", VaultVerbs.Write, async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
        {
            var body = await VaultBody.ReadAsync<UnsealBody>(http, ct);
            return VaultResults.Raw(await mediator.Send(new UnsealCommand(body.Key, body.Reset ?? false), ct));
        });

        v1.MapMethods("sys/seal", VaultVerbs.Write, async (IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new SealCommand(), ct);
            return VaultResults.NoContent();
        });

        v1.MapMethods("sys/rotate", VaultVerbs.Write, async (IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RotateCommand(), ct);
            return VaultResults.NoContent();
        });

        v1.MapGet("sys/key-status", async (IMediator mediator, CallContext context, CancellationToken ct) =>
        {
            var status = await mediator.Send(new KeyStatusQuery(), ct);
            return VaultResults.Data(context, new { term = status.Term, install_time = status.InstallTime.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) });
        });

        v1.MapMethods("sys/health", ["GET", "HEAD"], async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
        {
            var health = await mediator.Send(new HealthQuery(), ct);
            var code = HealthStatusCodes.Choose(health, http.Query);
            // HEAD is the load balancer's probe: the status alone, on every server (Kestrel would drop a body, but
            // not every host does).
            return HttpMethods.IsHead(http.Method) ? Results.StatusCode(code) : VaultResults.Raw(health, code);
        });
    }

    private sealed class InitBody
    {
        public int? SecretShares { get; set; }

        public int? SecretThreshold { get; set; }
    }

    private sealed class UnsealBody
    {
        public string? Key { get; set; }

        public bool? Reset { get; set; }
    }
}
