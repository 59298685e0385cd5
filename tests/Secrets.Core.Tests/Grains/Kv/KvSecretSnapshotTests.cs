using System.Text;
using Platform.Secrets.Domain.Kv;
using Platform.Secrets.Grains.Kv;

namespace Secrets.Core.Tests.Grains.Kv;

public sealed class KvSecretSnapshotTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private static byte[] Data(string text) => Encoding.UTF8.GetBytes($"{{\"v\":\"{text}\"}}");

    private static KvSecretSnapshot Snapshot(params KvVersion[] versions) =>
        new(versions.Max(v => v.Number), versions, new Dictionary<string, string> { ["owner"] = "team-a" });

    [Fact]
    public void Read_NullOrZero_AnswersTheCurrentVersion()
    {
        var snapshot = Snapshot(new KvVersion(1, Data("a"), T0, null, false), new KvVersion(2, Data("b"), T0.AddSeconds(1), null, false));

        Assert.Equal(2, snapshot.Read(null, T0)!.Version.Version);
        Assert.Equal(2, snapshot.Read(0, T0)!.Version.Version);
        Assert.Equal("{\"v\":\"a\"}", Encoding.UTF8.GetString(snapshot.Read(1, T0)!.Data!));
    }

    [Fact]
    public void Read_UnknownOrPrunedVersion_AnswersNull()
    {
        var snapshot = Snapshot(new KvVersion(3, Data("c"), T0, null, false));

        Assert.Null(snapshot.Read(1, T0));
        Assert.Null(snapshot.Read(4, T0));
    }

    [Fact]
    public void Read_AtAndAfterTheDeletionTime_AnswersMetadataWithoutData()
    {
        var deletion = T0.AddMinutes(1);
        var snapshot = Snapshot(new KvVersion(1, Data("a"), T0, deletion, false));

        var before = snapshot.Read(null, deletion.AddTicks(-1))!;
        var at = snapshot.Read(null, deletion)!;

        Assert.NotNull(before.Data);
        Assert.Null(at.Data);
        Assert.Equal(deletion, at.Version.DeletionTime);
        Assert.Equal(1, at.Version.Version);
    }

    [Fact]
    public void Read_DestroyedVersion_AnswersDestroyedWithoutData()
    {
        var snapshot = Snapshot(new KvVersion(1, null, T0, null, true));

        var read = snapshot.Read(1, T0)!;

        Assert.Null(read.Data);
        Assert.True(read.Version.Destroyed);
    }

    [Fact]
    public void Constructor_SourceMetadataChangedAfterwards_SnapshotKeepsItsOwnCopy()
    {
        var metadata = new Dictionary<string, string> { ["owner"] = "team-a" };
        var snapshot = new KvSecretSnapshot(1, [new KvVersion(1, Data("a"), T0, null, false)], metadata);

        metadata["owner"] = "team-b";

        Assert.Equal("team-a", snapshot.Read(null, T0)!.CustomMetadata["owner"]);
    }
}
