using Platform.Kernel.Errors;
using Platform.Secrets.Domain.Leases;

namespace Secrets.Core.Tests.Domain.Leases;

public sealed class LeaseIdTests
{
    [Fact]
    public void ForToken_LoginPath_EndsInTheTokenId()
    {
        Assert.Equal("auth/userpass/login/alice/abc", LeaseId.ForToken("auth/userpass/login/alice", "abc"));
        Assert.True(LeaseId.IsTokenLease("auth/userpass/login/alice/abc"));
        Assert.Equal("abc", LeaseId.LastSegment("auth/userpass/login/alice/abc"));
    }

    [Fact]
    public void ForSecret_SamePath_GivesDistinctIdsUnderIt()
    {
        var first = LeaseId.ForSecret("aws/creds/deploy");
        var second = LeaseId.ForSecret("aws/creds/deploy");

        Assert.NotEqual(first, second);
        Assert.StartsWith("aws/creds/deploy/", first);
        Assert.False(LeaseId.IsTokenLease(first));
    }

    [Fact]
    public void Links_LeaseId_ChainsFromTheRootToTheLease()
    {
        Assert.Equal(
            [("", "auth/"), ("auth/", "token/"), ("auth/token/", "create/"), ("auth/token/create/", "x1")],
            LeaseId.Links("auth/token/create/x1"));
    }

    [Theory]
    [InlineData("auth/../sys")]
    [InlineData("auth//token")]
    [InlineData("auth/token/")]
    [InlineData("auth/./x")]
    [InlineData("auth/\u0000x")]
    public void Require_MalformedId_Refused(string leaseId) =>
        Assert.Equal("invalid lease", Assert.Throws<ValidationException>(() => LeaseId.Require(leaseId)).Message);

    [Fact]
    public void Require_Empty_AsksForTheId() =>
        Assert.Equal("lease_id must be specified", Assert.Throws<ValidationException>(() => LeaseId.Require("")).Message);

    [Fact]
    public void Prefix_TrailingSlashAllowedDotSegmentsNot()
    {
        Assert.Equal("auth/token/", LeaseId.Prefix("/auth/token/"));
        Assert.Equal("", LeaseId.Prefix(null));
        Assert.Null(LeaseId.Prefix("auth/../"));
    }

    [Fact]
    public void IsFinished_BucketAndItsGraceMinute_FinishedOnlyAfterBoth()
    {
        var minute = LeaseDeadline.MinuteOf(new DateTimeOffset(2026, 11, 28, 10, 15, 30, TimeSpan.Zero));

        Assert.False(LeaseDeadline.IsFinished(minute, new DateTimeOffset(2026, 11, 28, 10, 16, 59, TimeSpan.Zero)));
        Assert.True(LeaseDeadline.IsFinished(minute, new DateTimeOffset(2026, 11, 28, 10, 17, 0, TimeSpan.Zero)));
    }
}
