using Platform.Kernel.Errors;
using Platform.Secrets.Domain.Mounts;

namespace Secrets.Core.Tests.Domain.Mounts;

public sealed class MountPathTests
{
    [Theory]
    [InlineData("secret", "secret/")]
    [InlineData("/secret/", "secret/")]
    [InlineData("team/kv", "team/kv/")]
    public void Normalize_ValidPath_HasOneTrailingSlash(string input, string expected) =>
        Assert.Equal(expected, MountPath.Normalize(input));

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("a//b")]
    [InlineData("a/../sys")]
    [InlineData("./x")]
    [InlineData("nul\0byte")]
    [InlineData("sys")]
    [InlineData("auth/x")]
    [InlineData("scheduler")]
    [InlineData("infra/prod")]
    [InlineData("jobs")]
    public void Normalize_BadOrReservedPath_IsRefused(string input) =>
        Assert.Throws<ValidationException>(() => MountPath.Normalize(input));

    [Theory]
    [InlineData("secret/", "secret/foo", true)]
    [InlineData("secret/", "secret", true)]
    [InlineData("secret/", "secretive/foo", false)]
    public void Contains_MatchesWholeSegmentsOnly(string mount, string path, bool expected) =>
        Assert.Equal(expected, MountPath.Contains(mount, path));
}
