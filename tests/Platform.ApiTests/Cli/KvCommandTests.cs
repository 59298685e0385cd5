using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;
using Platform.Host.Cli;
using Platform.Host.Cli.Api;

namespace Platform.ApiTests.Cli;

/// <summary>
/// <c>platform kv …</c> and <c>platform read|write|list|delete</c> against a real listening server with a KV v2
/// mount at <c>secret/</c> and a KV v1 mount at <c>kv1/</c>, checked for what Vault's CLI prints.
/// </summary>
public sealed class KvCommandTests : IAsyncLifetime
{
    private ListeningServerHost _server = null!;

    public async Task InitializeAsync()
    {
        _server = await ListeningServerHost.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(_server.Address + "/v1/") };
        client.DefaultRequestHeaders.Add("X-Vault-Token", _server.RootToken);
        await EnsureMountAsync(client, "secret", "2");
        await EnsureMountAsync(client, "kv1", "1");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void PutThenGet_V2_PrintsVaultsSectionsAndFieldsAndJson()
    {
        var put = Run("kv", "put", "secret/app/db", "user=admin", "password=s3cr3t");
        var second = Run("kv", "put", "-mount=secret", "app/db", "user=root");
        var get = Run("kv", "get", "secret/app/db");
        var first = Run("kv", "get", "-version=1", "-field=password", "secret/app/db");
        var json = Run("kv", "get", "-format=json", "secret/app/db");

        Assert.Equal(0, put.ExitCode);
        Assert.StartsWith("=== Secret Path ===\nsecret/data/app/db\n\n======= Metadata =======\nKey                Value\n", put.Output);
        Assert.Contains("custom_metadata    <nil>\n", put.Output);
        Assert.Contains("deletion_time      n/a\n", put.Output);
        Assert.Contains("version            1\n", put.Output);
        Assert.Contains("version            2\n", second.Output);
        Assert.Equal(0, get.ExitCode);
        Assert.Contains("\n==== Data ====\nKey     Value\n---     -----\nuser    root\n", get.Output);
        Assert.Equal("s3cr3t\n", first.Output);
        Assert.Equal("root", JsonNode.Parse(json.Output)!["data"]!["data"]!["user"]!.GetValue<string>());
    }

    [Fact]
    public void PutWithCas_WrongVersion_FailsWithTheServersError()
    {
        Assert.Equal(0, Run("kv", "put", "secret/cas", "a=1").ExitCode);

        var run = Run("kv", "put", "-cas=5", "secret/cas", "a=2");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Error writing secret/cas: Code: 400.", run.Error);
        Assert.Contains("check-and-set parameter did not match the current version", run.Error);
    }

    [Fact]
    public void DeleteUndeleteDestroy_V2_ChangeWhatGetAndMetadataShow()
    {
        Run("kv", "put", "secret/cycle", "v=1");
        Run("kv", "put", "secret/cycle", "v=2");

        var delete = Run("kv", "delete", "secret/cycle");
        var deletedGet = Run("kv", "get", "secret/cycle");
        var undelete = Run("kv", "undelete", "-versions=2", "secret/cycle");
        var restored = Run("kv", "get", "-field=v", "secret/cycle");
        var destroy = Run("kv", "destroy", "-versions=1", "secret/cycle");
        var metadata = Run("kv", "metadata", "get", "secret/cycle");

        Assert.Equal("Success! Data deleted (if it existed) at: secret/data/cycle\n", delete.Output);
        Assert.DoesNotContain("====== Data", deletedGet.Output);
        Assert.Equal("Success! Data written to: secret/undelete/cycle\n", undelete.Output);
        Assert.Equal("2\n", restored.Output);
        Assert.Equal("Success! Data written to: secret/destroy/cycle\n", destroy.Output);
        Assert.StartsWith("=== Metadata Path ===\nsecret/metadata/cycle\n\n", metadata.Output);
        Assert.Contains("current_version         2\n", metadata.Output);
        Assert.Contains("====== Version 1 ======", metadata.Output);
        Assert.Matches(@"====== Version 1 ======\nKey              Value\n---              -----\ncreated_time     \S+\ndeletion_time    n/a\ndestroyed        true\n", metadata.Output);
    }

    [Fact]
    public void MetadataPutAndPatch_V2_ApplySettingsAndKeepOtherKeys()
    {
        Run("kv", "put", "secret/settings", "a=1", "b=2");

        var put = Run("kv", "metadata", "put", "-max-versions=3", "-custom-metadata=owner=ops", "secret/settings");
        var patch = Run("kv", "patch", "secret/settings", "b=3");
        var rw = Run("kv", "patch", "-method=rw", "secret/settings", "c=4");
        var json = JsonNode.Parse(Run("kv", "get", "-format=json", "secret/settings").Output)!;
        var metadata = JsonNode.Parse(Run("kv", "metadata", "get", "-format=json", "secret/settings").Output)!;

        Assert.Equal("Success! Data written to: secret/metadata/settings\n", put.Output);
        Assert.Equal(0, patch.ExitCode);
        Assert.Equal(0, rw.ExitCode);
        Assert.Equal("""{"a":"1","b":"3","c":"4"}""", json["data"]!["data"]!.ToJsonString());
        Assert.Equal(3, metadata["data"]!["max_versions"]!.GetValue<int>());
        Assert.Equal("ops", metadata["data"]!["custom_metadata"]!["owner"]!.GetValue<string>());
    }

    [Fact]
    public void MetadataPatch_SomeFlags_ChangesThoseAndMergesCustomMetadata()
    {
        Run("kv", "put", "secret/patched", "a=1");
        Run("kv", "metadata", "put", "-max-versions=3", "-cas-required=true", "-custom-metadata=owner=ops", "-custom-metadata=drop=x", "secret/patched");

        var patch = Run("kv", "metadata", "patch", "-max-versions=7", "-custom-metadata=env=prod", "-remove-custom-metadata=drop", "secret/patched");
        var missing = Run("kv", "metadata", "patch", "-max-versions=7", "secret/none");
        var metadata = JsonNode.Parse(Run("kv", "metadata", "get", "-format=json", "secret/patched").Output)!["data"]!;

        Assert.Equal((0, "Success! Data written to: secret/metadata/patched\n"), (patch.ExitCode, patch.Output));
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("Code: 404", missing.Error, StringComparison.Ordinal);
        Assert.Equal(7, metadata["max_versions"]!.GetValue<int>());
        Assert.True(metadata["cas_required"]!.GetValue<bool>());
        Assert.Equal("""{"env":"prod","owner":"ops"}""", metadata["custom_metadata"]!.ToJsonString());
    }

    [Fact]
    public void ListAndMetadataDelete_V2_ListsFoldersThenForgets()
    {
        Run("kv", "put", "secret/team/one", "x=1");
        Run("kv", "put", "secret/team/sub/two", "x=2");

        var list = Run("kv", "list", "secret/team");
        var gone = Run("kv", "metadata", "delete", "secret/team/one");
        var after = Run("kv", "get", "secret/team/one");

        Assert.Equal("Keys\n----\none\nsub/\n", list.Output);
        Assert.Equal("Success! Data deleted (if it existed) at: secret/metadata/team/one\n", gone.Output);
        Assert.Equal(2, after.ExitCode);
        Assert.Equal("No value found at secret/data/team/one\n", after.Error);
    }

    [Fact]
    public void KvOnV1_PutGetListDelete_UseThePlainPaths()
    {
        var put = Run("kv", "put", "kv1/app", "token=abc", "ttl=30m");
        var get = Run("kv", "get", "kv1/app");
        var list = Run("kv", "list", "kv1/");
        var delete = Run("kv", "delete", "kv1/app");
        var missing = Run("kv", "get", "kv1/app");

        Assert.Equal("Success! Data written to: kv1/app\n", put.Output);
        Assert.Contains("refresh_interval    30m\n", get.Output);
        Assert.Contains("token               abc\n", get.Output);
        Assert.Equal("Keys\n----\napp\n", list.Output);
        Assert.Equal("Success! Data deleted (if it existed) at: kv1/app\n", delete.Output);
        Assert.Equal(2, missing.ExitCode);
    }

    [Fact]
    public void GenericPathCommands_WriteReadListDelete_MatchVaultsOutput()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "from-a-file");
        try
        {
            var write = Run("write", "kv1/generic", "plain=value", $"file=@{file}");
            var read = Run("read", "-field=file", "kv1/generic");
            var list = Run("list", "kv1");
            var delete = Run("delete", "kv1/generic");
            var missing = Run("read", "kv1/generic");
            var empty = Run("write", "kv1/nothing");

            Assert.Equal("Success! Data written to: kv1/generic\n", write.Output);
            Assert.Equal("from-a-file\n", read.Output);
            Assert.Contains("generic\n", list.Output);
            Assert.Equal("Success! Data deleted (if it existed) at: kv1/generic\n", delete.Output);
            Assert.Equal((2, "No value found at kv1/generic\n"), (missing.ExitCode, missing.Error));
            Assert.Equal((2, "Must supply data or use -force\n"), (empty.ExitCode, empty.Error));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Write_JsonOnStdin_SendsTheObjectAsIs()
    {
        var run = Run(new StringReader("""{"nested":{"n":1},"list":[1,2]}"""), "write", "kv1/json", "-");
        var json = JsonNode.Parse(Run("read", "-format=json", "kv1/json").Output)!;

        Assert.Equal(0, run.ExitCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"list":[1,2],"nested":{"n":1}}"""), json["data"]), json["data"]!.ToJsonString());
    }

    [Fact]
    public void Get_PathUnderNoMount_ExplainsThePreflightFailure()
    {
        var run = Run("kv", "get", "nowhere/x");

        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.Error);
    }

    private static async Task EnsureMountAsync(HttpClient client, string path, string version)
    {
        var existing = await client.GetAsync($"sys/mounts/{path}");
        if (existing.IsSuccessStatusCode)
        {
            await client.DeleteAsync($"sys/mounts/{path}");
        }

        var response = await client.PostAsync($"sys/mounts/{path}", System.Net.Http.Json.JsonContent.Create(new { type = "kv", options = new { version } }));
        response.EnsureSuccessStatusCode();
    }

    private (int ExitCode, string Output, string Error) Run(params string[] args) => Run(new StringReader(""), args);

    private (int ExitCode, string Output, string Error) Run(TextReader input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = PlatformCli.Run(args, new InvocationConfiguration { Output = output, Error = error }, input, new CliEnvironment(_server.Address, _server.RootToken));
        return (exit, output.ToString(), error.ToString());
    }
}
