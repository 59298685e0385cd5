using System.Text;
using Platform.Kernel.Errors;
using Platform.Secrets.Domain.Kv;

namespace Secrets.Core.Tests.Domain.Kv;

public sealed class KvSecretHistoryTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    private static readonly KvMountSettings Mount = new();

    private static byte[] Data(string text) => Encoding.UTF8.GetBytes($"{{\"v\":\"{text}\"}}");

    [Fact]
    public void Write_Twice_NumbersVersionsFromOne()
    {
        var secret = KvSecretHistory.Empty(T0);

        var first = secret.Write(Data("a"), null, Mount, T0);
        var second = secret.Write(Data("b"), null, Mount, T0.AddSeconds(1));

        Assert.Equal((1, 2), (first.Number, second.Number));
        Assert.Equal(2, secret.CurrentVersion);
        Assert.Equal("{\"v\":\"b\"}", Encoding.UTF8.GetString(secret.Read(null)!.Data!));
        Assert.Equal("{\"v\":\"a\"}", Encoding.UTF8.GetString(secret.Read(1)!.Data!));
    }

    [Fact]
    public void Write_FirstVersionLaterThanTheHistoryWasStarted_CreatedTimeIsTheFirstVersionsTime()
    {
        var secret = KvSecretHistory.Empty(T0);

        var first = secret.Write(Data("a"), null, Mount, T0.AddMilliseconds(15));
        secret.Write(Data("b"), null, Mount, T0.AddSeconds(1));

        Assert.Equal(first.CreatedTime, secret.CreatedTime);
        Assert.Equal(T0.AddMilliseconds(15), secret.CreatedTime);
    }

    [Fact]
    public void Write_CasZeroOnExistingSecret_IsRefusedWithVaultsMessage()
    {
        var secret = KvSecretHistory.Empty(T0);
        secret.Write(Data("a"), 0, Mount, T0);

        var error = Assert.Throws<ValidationException>(() => secret.Write(Data("b"), 0, Mount, T0));

        Assert.Equal("check-and-set parameter did not match the current version", error.Message);
        Assert.Equal(1, secret.CurrentVersion);
    }

    [Fact]
    public void Write_CasRequiredWithoutCas_IsRefused()
    {
        var secret = KvSecretHistory.Empty(T0);
        secret.Configure(null, true, null, null);

        var error = Assert.Throws<ValidationException>(() => secret.Write(Data("a"), null, Mount, T0));

        Assert.Equal("check-and-set parameter required for this call", error.Message);
        Assert.Equal(0, secret.CurrentVersion);
    }

    [Fact]
    public void Write_PastMaxVersions_PrunesTheOldest()
    {
        var secret = KvSecretHistory.Empty(T0);
        secret.Configure(3, null, null, null);

        for (var i = 0; i < 5; i++)
        {
            secret.Write(Data(i.ToString()), null, Mount, T0.AddSeconds(i));
        }

        Assert.Equal(5, secret.CurrentVersion);
        Assert.Equal(3, secret.OldestVersion);
        Assert.Null(secret.Read(2));
        Assert.Equal([3, 4, 5], secret.Versions.Select(v => v.Number));
    }

    [Fact]
    public void Write_NoMaxVersionsAnywhere_KeepsTheEngineDefaultOfTen()
    {
        var secret = KvSecretHistory.Empty(T0);

        for (var i = 0; i < 12; i++)
        {
            secret.Write(Data(i.ToString()), null, Mount, T0);
        }

        Assert.Equal(10, secret.Versions.Count);
        Assert.Equal(3, secret.OldestVersion);
    }

    [Fact]
    public void Delete_ThenUndelete_RestoresReadability()
    {
        var secret = KvSecretHistory.Empty(T0);
        secret.Write(Data("a"), null, Mount, T0);

        secret.Delete(null, T0.AddSeconds(1));
        Assert.False(secret.Read(1)!.IsReadable(T0.AddSeconds(1)));
        Assert.Equal(T0.AddSeconds(1), secret.Read(1)!.DeletionTime);

        secret.Undelete([1], Mount, T0.AddSeconds(2));
        Assert.True(secret.Read(1)!.IsReadable(T0.AddSeconds(2)));
    }

    [Fact]
    public void Destroy_RemovesDataForGoodAndUndeleteCannotBringItBack()
    {
        var secret = KvSecretHistory.Empty(T0);
        secret.Write(Data("a"), null, Mount, T0);

        secret.Destroy([1]);
        secret.Undelete([1], Mount, T0);

        var version = secret.Read(1)!;
        Assert.True(version.Destroyed);
        Assert.Null(version.Data);
        Assert.False(version.IsReadable(T0));
    }

    [Fact]
    public void Write_DeleteVersionAfter_SetsADeletionTimeThatTakesEffectLater()
    {
        var secret = KvSecretHistory.Empty(T0);
        secret.Configure(null, null, TimeSpan.FromMinutes(5), null);

        var version = secret.Write(Data("a"), null, Mount, T0);

        Assert.Equal(T0.AddMinutes(5), version.DeletionTime);
        Assert.True(version.IsReadable(T0.AddMinutes(4)));
        Assert.False(version.IsReadable(T0.AddMinutes(5)));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(30, 0, 30)]
    [InlineData(0, 20, 20)]
    [InlineData(30, 20, 20)]
    [InlineData(20, 30, 20)]
    public void Write_SecretAndMountDeleteVersionAfter_TheShorterNonZeroOneApplies(int secretMinutes, int mountMinutes, int expectedMinutes)
    {
        var mount = new KvMountSettings(DeleteVersionAfter: TimeSpan.FromMinutes(mountMinutes));
        var secret = KvSecretHistory.Empty(T0);
        secret.Configure(null, null, TimeSpan.FromMinutes(secretMinutes), null);

        var version = secret.Write(Data("a"), null, mount, T0);

        Assert.Equal(expectedMinutes == 0 ? (DateTimeOffset?)null : T0.AddMinutes(expectedMinutes), version.DeletionTime);
    }

    [Fact]
    public void Undelete_WithDeleteVersionAfter_DeletesAgainThatLongFromNow()
    {
        var secret = KvSecretHistory.Empty(T0);
        secret.Configure(null, null, TimeSpan.FromMinutes(5), null);
        secret.Write(Data("a"), null, Mount, T0);

        secret.Undelete([1], Mount, T0.AddMinutes(10));

        Assert.Equal(T0.AddMinutes(15), secret.Read(1)!.DeletionTime);
        Assert.True(secret.Read(1)!.IsReadable(T0.AddMinutes(14)));
    }

    [Fact]
    public void Write_WindowJustFull_OldestVersionBecomesOneAsInVault()
    {
        var secret = KvSecretHistory.Empty(T0);

        for (var i = 0; i < 10; i++)
        {
            secret.Write(Data(i.ToString()), null, Mount, T0);
        }

        Assert.Equal(10, secret.Versions.Count);
        Assert.Equal(1, secret.OldestVersion);
    }

    [Fact]
    public void DeleteUndeleteDestroyAndConfigure_LeaveUpdatedTimeAtTheLastWrite()
    {
        var secret = KvSecretHistory.Empty(T0);
        secret.Write(Data("a"), null, Mount, T0.AddSeconds(1));

        secret.Delete(null, T0.AddSeconds(2));
        secret.Undelete([1], Mount, T0.AddSeconds(3));
        secret.Destroy([1]);
        secret.Configure(5, null, null, null);

        Assert.Equal(T0.AddSeconds(1), secret.UpdatedTime);
    }

    [Fact]
    public void Configure_TooManyCustomMetadataKeys_IsRefusedAndNothingChanges()
    {
        var secret = KvSecretHistory.Empty(T0);
        var metadata = Enumerable.Range(0, 65).ToDictionary(i => $"k{i}", i => "v");

        Assert.Throws<ValidationException>(() => secret.Configure(7, null, null, metadata));

        Assert.Equal(0, secret.MaxVersions);
        Assert.Empty(secret.CustomMetadata);
    }
}
