using Platform.ApiTests.Support;

namespace Platform.ApiTests.Kv;

/// <summary>Policies on KV paths: a narrow read policy, and create versus update decided by what is stored.</summary>
public sealed class KvAclTests
{
    [Fact]
    public async Task ReadOnTeamPath_ReadsThereAndNowhereElse()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/team/db", new { data = new { password = "p" } });
        await server.Root.ExpectAsync(200, "PUT", "secret/data/other/db", new { data = new { password = "q" } });
        var reader = server.ClientWithToken(await server.Root.TokenWithPolicyAsync("team-reader", """
            path "secret/data/team/*" { capabilities = ["read"] }
            """));

        var read = await reader.ExpectAsync(200, "GET", "secret/data/team/db");
        Assert.Equal("p", read!["data"]!["data"]!["password"]!.GetValue<string>());

        await reader.ExpectAsync(403, "GET", "secret/data/other/db");
        await reader.ExpectAsync(403, "PUT", "secret/data/team/db", new { data = new { password = "changed" } });
        await reader.ExpectAsync(403, "PUT", "secret/data/team/new", new { data = new { password = "new" } });
        await reader.ExpectAsync(403, "DELETE", "secret/data/team/db");
        await reader.ExpectAsync(403, "LIST", "secret/metadata/team");
        await reader.ExpectAsync(403, "GET", "secret/metadata/team/db");
        await reader.ExpectAsync(403, "LIST", "sys/policies/acl");
        await reader.ExpectAsync(403, "GET", "sys/mounts");
        await reader.ExpectAsync(403, "LIST", "sys/");
        var unchanged = await server.Root.ExpectAsync(200, "GET", "secret/data/team/db");
        Assert.Equal("p", unchanged!["data"]!["data"]!["password"]!.GetValue<string>());
        await server.Root.ExpectAsync(404, "GET", "secret/data/team/new");
    }

    [Fact]
    public async Task CreateOnly_WritesNewSecretsButCannotOverwrite()
    {
        await using var server = await KvServer.StartAsync();
        var creator = server.ClientWithToken(await server.Root.TokenWithPolicyAsync("creator", """
            path "secret/data/drop/*" { capabilities = ["create"] }
            path "kv/drop/*" { capabilities = ["create"] }
            """));

        await creator.ExpectAsync(200, "PUT", "secret/data/drop/a", new { data = new { v = 1 } });
        await creator.ExpectAsync(403, "PUT", "secret/data/drop/a", new { data = new { v = 2 } });
        await creator.ExpectAsync(204, "PUT", "kv/drop/a", new { v = 1 });
        await creator.ExpectAsync(403, "PUT", "kv/drop/a", new { v = 2 });

        var v2 = await server.Root.ExpectAsync(200, "GET", "secret/data/drop/a");
        var v1 = await server.Root.ExpectAsync(200, "GET", "kv/drop/a");
        Assert.Equal(1, v2!["data"]!["data"]!["v"]!.GetValue<int>());
        Assert.Equal(1, v1!["data"]!["v"]!.GetValue<int>());
    }

    [Fact]
    public async Task UpdateOnly_OverwritesButCannotCreate()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(204, "PUT", "kv/app/existing", new { v = 1 });
        var updater = server.ClientWithToken(await server.Root.TokenWithPolicyAsync("updater", """
            path "kv/app/*" { capabilities = ["update"] }
            """));

        await updater.ExpectAsync(204, "PUT", "kv/app/existing", new { v = 2 });
        await updater.ExpectAsync(403, "PUT", "kv/app/new", new { v = 1 });

        await server.Root.ExpectAsync(404, "GET", "kv/app/new");
    }

    [Fact]
    public async Task ListPolicyOnFolder_ListsWithOrWithoutTrailingSlash()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(200, "PUT", "secret/data/team/a", new { data = new { v = 1 } });
        var lister = server.ClientWithToken(await server.Root.TokenWithPolicyAsync("lister", """
            path "secret/metadata/team/*" { capabilities = ["list"] }
            """));

        await lister.ExpectAsync(200, "LIST", "secret/metadata/team");
        await lister.ExpectAsync(200, "LIST", "secret/metadata/team/");
        await lister.ExpectAsync(403, "LIST", "secret/metadata/");
    }

    [Fact]
    public async Task KvRoutes_Sealed_Answer503()
    {
        await using var server = await KvServer.StartAsync();
        await server.Root.ExpectAsync(204, "PUT", "sys/seal");

        await server.Root.ExpectAsync(503, "GET", "secret/data/x");
        await server.Root.ExpectAsync(503, "PUT", "kv/x", new { v = 1 });
    }
}
