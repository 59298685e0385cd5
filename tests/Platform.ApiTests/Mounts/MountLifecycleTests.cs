using Platform.ApiTests.Support;

namespace Platform.ApiTests.Mounts;

/// <summary>Enabling, reading, tuning, moving and disabling KV mounts, and the UI preflight the vault CLI makes.</summary>
public sealed class MountLifecycleTests
{
    [Fact]
    public async Task Enable_KvV2Alias_IsListedAsKvWithVersionOptionAndFreshIds()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, token) = await server.InitializeAndUnsealAsync();
        var root = server.ClientWithToken(token);

        await root.ExpectAsync(204, "POST", "sys/mounts/apps", new { type = "kv-v2", description = "app secrets", config = new { default_lease_ttl = "1h", max_lease_ttl = 7200 } });
        await root.ExpectAsync(204, "POST", "sys/mounts/plain", new { type = "kv" });
        var listed = await root.ExpectAsync(200, "GET", "sys/mounts");
        var one = await root.ExpectAsync(200, "GET", "sys/mounts/apps");

        var apps = listed!["data"]!["apps/"]!;
        Assert.Equal("kv", apps["type"]!.GetValue<string>());
        Assert.Equal("""{"version":"2"}""", apps["options"]!.ToJsonString());
        Assert.Equal("app secrets", apps["description"]!.GetValue<string>());
        Assert.Matches("^kv_[0-9a-f]{8}$", apps["accessor"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", apps["uuid"]!.GetValue<string>());
        Assert.Equal("""{"default_lease_ttl":3600,"force_no_cache":false,"max_lease_ttl":7200}""", apps["config"]!.ToJsonString());
        Assert.Null(listed["data"]!["plain/"]!["options"]);
        Assert.Equal(apps.ToJsonString(), one!["data"]!.ToJsonString());
        Assert.Equal(["apps/", "plain/", "sys/"], listed["data"]!.AsObject().Select(p => p.Key));
    }

    [Theory]
    [InlineData("kv", "path is already in use at kv/")]
    [InlineData("kv/inner", "existing mount at kv/")]
    public async Task Enable_OverlappingPath_Answers400(string path, string error)
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, token) = await server.InitializeAndUnsealAsync();
        var root = server.ClientWithToken(token);
        await root.ExpectAsync(204, "POST", "sys/mounts/kv", new { type = "kv" });

        var body = await root.ExpectAsync(400, "POST", "sys/mounts/" + path, new { type = "kv" });

        Assert.Equal(error, body.FirstError());
    }

    [Fact]
    public async Task Tune_ReadAndWrite_ReportsEffectiveTtlsAndKeepsChanges()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, token) = await server.InitializeAndUnsealAsync();
        var root = server.ClientWithToken(token);
        await root.ExpectAsync(204, "POST", "sys/mounts/kv", new { type = "kv" });

        var before = await root.ExpectAsync(200, "GET", "sys/mounts/kv/tune");
        await root.ExpectAsync(204, "POST", "sys/mounts/kv/tune", new { default_lease_ttl = "30m", max_lease_ttl = "2h", description = "tuned" });
        var after = await root.ExpectAsync(200, "GET", "sys/mounts/kv/tune");
        var tooLong = await root.ExpectAsync(400, "POST", "sys/mounts/kv/tune", new { default_lease_ttl = "3h" });

        Assert.Equal(2764800, before!["data"]!["default_lease_ttl"]!.GetValue<long>());
        Assert.Equal(2764800, before["data"]!["max_lease_ttl"]!.GetValue<long>());
        Assert.Equal(1800, after!["data"]!["default_lease_ttl"]!.GetValue<long>());
        Assert.Equal(7200, after["data"]!["max_lease_ttl"]!.GetValue<long>());
        Assert.Equal("tuned", after["data"]!["description"]!.GetValue<string>());
        Assert.NotEqual("", tooLong.FirstError());
        await root.ExpectAsync(204, "PUT", "kv/a", new { v = 1 });
        var read = await root.ExpectAsync(200, "GET", "kv/a");
        Assert.Equal(1800, read!["lease_duration"]!.GetValue<long>());
    }

    [Fact]
    public async Task Disable_DeletesTheEnginesData()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, token) = await server.InitializeAndUnsealAsync();
        var root = server.ClientWithToken(token);
        await root.ExpectAsync(204, "POST", "sys/mounts/secret", new { type = "kv-v2" });
        await root.ExpectAsync(200, "PUT", "secret/data/a/b/c", new { data = new { v = 1 } });
        await root.ExpectAsync(200, "PUT", "secret/data/top", new { data = new { v = 1 } });
        await root.ExpectAsync(204, "POST", "secret/config", new { max_versions = 3 });

        await root.ExpectAsync(204, "DELETE", "sys/mounts/secret");
        await root.ExpectAsync(404, "GET", "secret/data/top");

        await root.ExpectAsync(204, "POST", "sys/mounts/secret", new { type = "kv-v2" });
        await root.ExpectAsync(404, "GET", "secret/data/top");
        await root.ExpectAsync(404, "GET", "secret/data/a/b/c");
        await root.ExpectAsync(404, "LIST", "secret/metadata/");
        var config = await root.ExpectAsync(200, "GET", "secret/config");
        Assert.Equal(0, config!["data"]!["max_versions"]!.GetValue<int>());
    }

    [Fact]
    public async Task Remount_MovesTheMountWithItsData()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, token) = await server.InitializeAndUnsealAsync();
        var root = server.ClientWithToken(token);
        await root.ExpectAsync(204, "POST", "sys/mounts/old", new { type = "kv" });
        await root.ExpectAsync(204, "PUT", "old/a", new { v = "kept" });
        var uuid = (await root.ExpectAsync(200, "GET", "sys/mounts/old"))!["data"]!["uuid"]!.GetValue<string>();

        var moved = await root.ExpectAsync(200, "POST", "sys/remount", new { from = "old", to = "new/place" });
        var status = await root.ExpectAsync(200, "GET", "sys/remount/status/" + moved!["data"]!["migration_id"]!.GetValue<string>());

        Assert.Equal("""{"source_mount":"old/","target_mount":"new/place/","status":"success"}""", status!["data"]!["migration_info"]!.ToJsonString());
        Assert.Equal("kept", (await root.ExpectAsync(200, "GET", "new/place/a"))!["data"]!["v"]!.GetValue<string>());
        Assert.Equal(uuid, (await root.ExpectAsync(200, "GET", "sys/mounts/new/place"))!["data"]!["uuid"]!.GetValue<string>());
        await root.ExpectAsync(404, "GET", "old/a");
        await root.ExpectAsync(400, "POST", "sys/remount", new { from = "new/place", to = "sys/x" });
        await root.ExpectAsync(400, "POST", "sys/remount", new { from = "new/place", to = "auth/x" });
    }

    [Fact]
    public async Task InternalUiMount_TokenWithAccessUnderTheMount_LearnsItsKvVersion()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, token) = await server.InitializeAndUnsealAsync();
        var root = server.ClientWithToken(token);
        await root.ExpectAsync(204, "POST", "sys/mounts/secret", new { type = "kv", options = new { version = 2 } });
        await root.ExpectAsync(204, "POST", "sys/mounts/hidden", new { type = "kv" });
        var reader = server.ClientWithToken(await root.TokenWithPolicyAsync("team", """
            path "secret/data/team/*" { capabilities = ["read"] }
            """));

        var mount = await reader.ExpectAsync(200, "GET", "sys/internal/ui/mounts/secret/team/db");
        await reader.ExpectAsync(403, "GET", "sys/internal/ui/mounts/hidden/x");
        var listing = await reader.ExpectAsync(200, "GET", "sys/internal/ui/mounts");

        Assert.Equal("secret/", mount!["data"]!["path"]!.GetValue<string>());
        Assert.Equal("kv", mount["data"]!["type"]!.GetValue<string>());
        Assert.Equal("2", mount["data"]!["options"]!["version"]!.GetValue<string>());
        Assert.Equal(["secret/"], listing!["data"]!["secret"]!.AsObject().Select(p => p.Key));
        Assert.Empty(listing["data"]!["auth"]!.AsObject());
    }
}
