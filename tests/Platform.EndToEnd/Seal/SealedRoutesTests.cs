using System.Net;
using Platform.EndToEnd.Support;

namespace Platform.EndToEnd.Seal;

/// <summary>
/// A server that restarted is sealed, and then every route family answers 503 <c>Vault is sealed</c> whatever token
/// is presented (the seal is checked before the token: a sealed node cannot read its token store).
/// </summary>
public sealed class SealedRoutesTests(ITestOutputHelper output)
{
    private static readonly (string Method, string Path)[] Routes =
    [
        // sys: operator and ACL routes
        ("PUT", "sys/seal"),
        ("PUT", "sys/rotate"),
        ("GET", "sys/key-status"),
        ("GET", "sys/policy/e2e-sealed"),
        ("PUT", "sys/policy/e2e-sealed"),
        ("LIST", "sys/policy"),
        ("GET", "sys/policies/acl/e2e-sealed"),
        // auth/token
        ("GET", "auth/token/lookup-self"),
        ("POST", "auth/token/create"),
        ("POST", "auth/token/lookup"),
        ("POST", "auth/token/revoke"),
    ];

    [Fact]
    public async Task EveryRouteFamily_AfterRestart_Answers503VaultIsSealed()
    {
        await using var node = new ServerNode(ServerConfig.Sqlite(), output);
        await node.StartAsync();
        var init = await node.Api.InitAsync(shares: 1, threshold: 1);
        await node.Api.UnsealWithAsync(init.Keys);
        await node.RestartAsync();

        var wrong = new List<string>();
        foreach (var (method, path) in Routes)
        {
            var response = await node.Api.SendAsync(new HttpMethod(method), path, method is "GET" or "LIST" ? null : new { }, init.RootToken);
            if (response.Status != HttpStatusCode.ServiceUnavailable || response.Errors is not ["Vault is sealed"])
            {
                wrong.Add($"{method} {path} → {response}");
            }
        }

        Assert.True(wrong.Count == 0, "Routes not answering 503 while sealed:\n" + string.Join('\n', wrong));
        // The operator routes still answer while sealed.
        Assert.True((await node.Api.SealStatusAsync())["sealed"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await node.Api.GetAsync("sys/health")).Status);
        Assert.Equal(HttpStatusCode.OK, (await node.Api.GetAsync("sys/health?sealedcode=200")).Status);
    }
}
