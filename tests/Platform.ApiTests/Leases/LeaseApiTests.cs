using System.Globalization;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;
using Platform.ApiTests.Tokens;

namespace Platform.ApiTests.Leases;

public sealed class LeaseApiTests
{
    [Fact]
    public async Task Lookup_TokenWithTtl_AnswersVaultsLeaseShape()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        var token = await TokenApi.CreateTokenAsync(admin, new { ttl = "1h" });
        var leaseId = LeaseApi.TokenLeaseId(token);

        var (status, body) = await LeaseApi.LookupAsync(admin, leaseId);

        Assert.Equal(200, status);
        var data = body!["data"]!.AsObject();
        Assert.Equal(["expire_time", "id", "issue_time", "last_renewal", "renewable", "ttl"], data.Select(p => p.Key).Order());
        Assert.Equal(leaseId, data["id"]!.GetValue<string>());
        Assert.True(data["renewable"]!.GetValue<bool>());
        Assert.Null(data["last_renewal"]);
        Assert.InRange(data["ttl"]!.GetValue<long>(), 3590, 3600);
        var issued = DateTimeOffset.Parse(data["issue_time"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var expires = DateTimeOffset.Parse(data["expire_time"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromHours(1), expires - issued);
    }

    [Fact]
    public async Task Lookup_MissingOrUnknownId_Answers400WithVaultsText()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);

        var missing = await LeaseApi.SendAsync(admin, "PUT", "sys/leases/lookup", new { });
        var unknown = await LeaseApi.LookupAsync(admin, "auth/token/create/0123");
        var rootLease = await LeaseApi.LookupAsync(admin, LeaseApi.TokenLeaseId(root, "auth/token/root"));
        var dotted = await LeaseApi.LookupAsync(admin, "auth/../sys/x");

        Assert.Equal((400, "lease_id must be specified"), (missing.Status, LeaseApi.FirstError(missing.Body)));
        Assert.Equal((400, "invalid lease"), (unknown.Status, LeaseApi.FirstError(unknown.Body)));
        // A root token without a TTL has no lease, as in Vault.
        Assert.Equal((400, "invalid lease"), (rootLease.Status, LeaseApi.FirstError(rootLease.Body)));
        Assert.Equal(400, dotted.Status);
    }

    [Fact]
    public async Task List_TokenLeases_AnswersOneLevelWithDirectoriesEndingInSlash()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        var first = await TokenApi.CreateTokenAsync(admin, new { ttl = "1h" });
        var second = await TokenApi.CreateTokenAsync(admin, new { ttl = "2h" });
        await TokenApi.CreateTokenAsync(admin, new { });

        var top = await LeaseApi.KeysAsync(admin, "");
        var auth = await LeaseApi.KeysAsync(admin, "auth/");
        var withoutSlash = await LeaseApi.KeysAsync(admin, "auth/token");
        var leaves = await LeaseApi.KeysAsync(admin, "auth/token/create/");
        var byQuery = await admin.GetAsync("/v1/sys/leases/lookup/auth/token/create/?list=true");

        Assert.Equal(["auth/"], top);
        Assert.Equal(["token/"], auth);
        Assert.Equal(["create/"], withoutSlash);
        Assert.Equal(new[] { first, second }.Select(t => LeaseApi.TokenLeaseId(t)[("auth/token/create/".Length)..]).Order(StringComparer.Ordinal), leaves);
        Assert.Equal(200, (int)byQuery.StatusCode);
    }

    [Fact]
    public async Task ListAndRevokePrefix_MoreLeasesThanOneIndexNodeHolds_SeeAndRevokeThemAll()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        var tokens = new List<string>();
        foreach (var chunk in Enumerable.Range(0, 300).Chunk(16))
        {
            tokens.AddRange(await Task.WhenAll(chunk.Select(_ => TokenApi.CreateTokenAsync(admin, new { ttl = "1h" }))));
        }

        var listed = await LeaseApi.KeysAsync(admin, "auth/token/create/");
        var revoke = await LeaseApi.SendAsync(admin, "PUT", "sys/leases/revoke-prefix/auth/token/create/");

        Assert.Equal(tokens.Select(t => LeaseApi.TokenLeaseId(t)["auth/token/create/".Length..]).Order(StringComparer.Ordinal), listed);
        Assert.Equal(204, revoke.Status);
        Assert.Equal(404, (await LeaseApi.ListAsync(admin, "auth/token/create/")).Status);
        Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(tokens[^1]))).Status);
    }

    [Fact]
    public async Task List_NothingUnderPrefix_Answers404WithEmptyErrors()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();

        var (status, body) = await LeaseApi.ListAsync(server.ClientWithToken(root), "aws/creds/");

        Assert.Equal(404, status);
        Assert.Empty(body!["errors"]!.AsArray());
    }

    [Fact]
    public async Task Renew_TokenLease_Answers400TokensCannotBeRenewedAndKeepsTheToken()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        var token = await TokenApi.CreateTokenAsync(admin, new { ttl = "1h" });
        var leaseId = LeaseApi.TokenLeaseId(token);

        var answers = new[]
        {
            await LeaseApi.SendAsync(admin, "PUT", "sys/leases/renew", new { lease_id = leaseId, increment = "2h" }),
            await LeaseApi.SendAsync(admin, "PUT", "sys/leases/renew/" + leaseId),
            await LeaseApi.SendAsync(admin, "PUT", "sys/renew", new { lease_id = leaseId }),
            await LeaseApi.SendAsync(admin, "PUT", "sys/renew/" + leaseId, new { increment = 600 }),
        };

        Assert.All(answers, answer => Assert.Equal(
            (400, "{\"errors\":[\"tokens cannot be renewed through this endpoint\"]}"), (answer.Status, answer.Body!.ToJsonString())));
        var lease = (await LeaseApi.LookupAsync(admin, leaseId)).Body!["data"]!;
        Assert.Null(lease["last_renewal"]);
        Assert.InRange(lease["ttl"]!.GetValue<long>(), 3590, 3600);
    }

    [Fact]
    public async Task Renew_NonRenewableTokenLease_Answers400LeaseIsNotRenewable()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        var leaseId = LeaseApi.TokenLeaseId(await TokenApi.CreateTokenAsync(admin, new { ttl = "1h", renewable = false }));

        var (status, body) = await LeaseApi.SendAsync(admin, "PUT", "sys/leases/renew", new { lease_id = leaseId });

        Assert.Equal((400, "lease is not renewable"), (status, LeaseApi.FirstError(body)));
    }

    [Fact]
    public async Task Lookup_TokenRenewedThroughAuthTokenRenew_ShowsTheRenewal()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        var token = await TokenApi.CreateTokenAsync(admin, new { ttl = "1h" });

        Assert.Equal(200, await TokenApi.PostAsync(admin, "auth/token/renew", new { token, increment = "2h" }));
        var (status, body) = await LeaseApi.LookupAsync(admin, LeaseApi.TokenLeaseId(token));

        Assert.Equal(200, status);
        Assert.NotNull(body!["data"]!["last_renewal"]);
        Assert.InRange(body["data"]!["ttl"]!.GetValue<long>(), 7190, 7200);
    }

    [Fact]
    public async Task Renew_UnknownLease_Answers400LeaseNotFound()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();

        var (status, body) = await LeaseApi.SendAsync(server.ClientWithToken(root), "PUT", "sys/leases/renew", new { lease_id = "aws/creds/deploy/abc" });

        Assert.Equal((400, "lease not found"), (status, LeaseApi.FirstError(body)));
    }

    [Fact]
    public async Task Revoke_TokenLease_RevokesTheTokenAndItsChildren()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        var parent = await TokenApi.CreateTokenAsync(admin, new { ttl = "1h" });
        var child = await TokenApi.CreateTokenAsync(server.ClientWithToken(parent), new { ttl = "30m" });

        var (status, _) = await LeaseApi.SendAsync(admin, "PUT", "sys/leases/revoke", new { lease_id = LeaseApi.TokenLeaseId(parent) });

        Assert.Equal(204, status);
        Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(parent))).Status);
        Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(child))).Status);
        Assert.Equal(400, (await LeaseApi.LookupAsync(admin, LeaseApi.TokenLeaseId(child))).Status);
        Assert.Empty(await LeaseApi.KeysAsync(admin, "auth/token/create/"));
    }

    [Fact]
    public async Task Revoke_ByUrlLegacyAndUnknown_Answer204()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        var first = await TokenApi.CreateTokenAsync(admin, new { ttl = "1h" });
        var second = await TokenApi.CreateTokenAsync(admin, new { ttl = "1h" });

        var byUrl = await LeaseApi.SendAsync(admin, "PUT", "sys/leases/revoke/" + LeaseApi.TokenLeaseId(first));
        var legacy = await LeaseApi.SendAsync(admin, "POST", "sys/revoke/" + LeaseApi.TokenLeaseId(second));
        var unknown = await LeaseApi.SendAsync(admin, "PUT", "sys/leases/revoke", new { lease_id = "auth/token/create/nothing" });
        var missing = await LeaseApi.SendAsync(admin, "PUT", "sys/leases/revoke", new { });

        Assert.Equal((204, 204, 204), (byUrl.Status, legacy.Status, unknown.Status));
        Assert.Equal((400, "lease_id must be specified"), (missing.Status, LeaseApi.FirstError(missing.Body)));
        Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(first))).Status);
        Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(second))).Status);
    }

    [Fact]
    public async Task RevokeToken_ThroughTheTokenRoutes_TakesItsLeaseAway()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        var kept = await TokenApi.CreateTokenAsync(admin, new { ttl = "1h" });
        var revoked = await TokenApi.CreateTokenAsync(admin, new { ttl = "1h" });

        Assert.Equal(204, await TokenApi.PostAsync(admin, "auth/token/revoke", new { token = revoked }));

        Assert.Equal(400, (await LeaseApi.LookupAsync(admin, LeaseApi.TokenLeaseId(revoked))).Status);
        Assert.Equal([LeaseApi.TokenLeaseId(kept)["auth/token/create/".Length..]], await LeaseApi.KeysAsync(admin, "auth/token/create/"));
    }

    [Fact]
    public async Task RevokePrefix_Directory_RevokesEveryLeaseUnderIt()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        var tokens = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            tokens.Add(await TokenApi.CreateTokenAsync(admin, new { ttl = "1h" }));
        }

        var orphan = await TokenApi.CreateAsync(admin, new { ttl = "1h" }, "auth/token/create-orphan");

        var (status, _) = await LeaseApi.SendAsync(admin, "PUT", "sys/leases/revoke-prefix/auth/token/create");

        Assert.Equal(204, status);
        foreach (var token in tokens)
        {
            Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(token))).Status);
        }

        Assert.Empty(await LeaseApi.KeysAsync(admin, "auth/token/create/"));
        Assert.Equal(200, (await TokenApi.LookupSelfAsync(server.ClientWithToken(orphan["client_token"]!.GetValue<string>()))).Status);
        Assert.Equal(200, (await TokenApi.LookupSelfAsync(admin)).Status);
    }

    [Fact]
    public async Task RevokePrefix_ExactLeaseIdAndForceAndLegacy_RevokeWhatTheyName()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        var exact = await TokenApi.CreateTokenAsync(admin, new { ttl = "1h" });
        var other = await TokenApi.CreateTokenAsync(admin, new { ttl = "1h" });
        var orphan = (await TokenApi.CreateAsync(admin, new { ttl = "1h" }, "auth/token/create-orphan"))["client_token"]!.GetValue<string>();

        var byId = await LeaseApi.SendAsync(admin, "PUT", "sys/leases/revoke-prefix/" + LeaseApi.TokenLeaseId(exact));
        Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(exact))).Status);
        Assert.Equal(200, (await TokenApi.LookupSelfAsync(server.ClientWithToken(other))).Status);

        var forced = await LeaseApi.SendAsync(admin, "PUT", "sys/leases/revoke-force/auth/token/create-orphan");
        var legacy = await LeaseApi.SendAsync(admin, "PUT", "sys/revoke-prefix/auth/token/");

        Assert.Equal((204, 204, 204), (byId.Status, forced.Status, legacy.Status));
        Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(orphan))).Status);
        Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(other))).Status);
    }

    [Fact]
    public async Task SudoRoutes_TokenWithoutSudo_Refused403WhileLookupAllowed()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        var policy = await admin.PutAsync("/v1/sys/policy/lease-operator", JsonContent("""
            path "sys/leases/*" { capabilities = ["create", "read", "update", "list"] }
            path "sys/revoke-prefix/*" { capabilities = ["update"] }
            """));
        policy.EnsureSuccessStatusCode();
        var operatorToken = await TokenApi.CreateTokenAsync(admin, new { policies = new[] { "lease-operator" }, ttl = "1h" });
        var victim = await TokenApi.CreateTokenAsync(admin, new { ttl = "1h" });
        var client = server.ClientWithToken(operatorToken);

        var lookup = await LeaseApi.LookupAsync(client, LeaseApi.TokenLeaseId(victim));
        var list = await LeaseApi.ListAsync(client, "auth/token/create/");
        var prefix = await LeaseApi.SendAsync(client, "PUT", "sys/leases/revoke-prefix/auth/token/");
        var force = await LeaseApi.SendAsync(client, "PUT", "sys/leases/revoke-force/auth/token/");
        var legacyPrefix = await LeaseApi.SendAsync(client, "PUT", "sys/revoke-prefix/auth/token/");

        Assert.Equal(200, lookup.Status);
        Assert.Equal((403, 403, 403, 403), (list.Status, prefix.Status, force.Status, legacyPrefix.Status));
        Assert.Equal(200, (await TokenApi.LookupSelfAsync(server.ClientWithToken(victim))).Status);
    }

    [Fact]
    public async Task Routes_TokenWithDefaultPolicyOnly_MayLookUpButNotRevokeOrList()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        var user = server.ClientWithToken(await TokenApi.CreateTokenAsync(admin, new { policies = new[] { "default" }, ttl = "1h" }));
        var victim = LeaseApi.TokenLeaseId(await TokenApi.CreateTokenAsync(admin, new { ttl = "1h" }));

        // Vault's default policy grants update on sys/leases/lookup and sys/leases/renew: knowing a lease id is enough
        // (renew then refuses a token's lease for what it is, not for the policy).
        Assert.Equal(200, (await LeaseApi.LookupAsync(user, victim)).Status);
        Assert.Equal((400, "tokens cannot be renewed through this endpoint"), await LeaseApi.FirstErrorAsync(user, "sys/leases/renew", victim));
        Assert.Equal(403, (await LeaseApi.SendAsync(user, "PUT", "sys/leases/revoke", new { lease_id = victim })).Status);
        Assert.Equal(403, (await LeaseApi.SendAsync(user, "PUT", "sys/revoke/" + victim)).Status);
        Assert.Equal(403, (await LeaseApi.ListAsync(user, "auth/")).Status);
    }

    [Fact]
    public async Task Routes_WhileSealed_Answer503()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        var leaseId = LeaseApi.TokenLeaseId(await TokenApi.CreateTokenAsync(admin, new { ttl = "1h" }));
        Assert.Equal(204, await TokenApi.PostAsync(admin, "sys/seal"));

        Assert.Equal(503, (await LeaseApi.LookupAsync(admin, leaseId)).Status);
        Assert.Equal(503, (await LeaseApi.ListAsync(admin, "auth/")).Status);
        Assert.Equal(503, (await LeaseApi.SendAsync(admin, "PUT", "sys/leases/revoke-prefix/auth/")).Status);
    }

    private static StringContent JsonContent(string policy) =>
        new(new JsonObject { ["policy"] = policy }.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
