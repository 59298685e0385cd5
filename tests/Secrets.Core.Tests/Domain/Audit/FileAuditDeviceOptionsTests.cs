using Platform.Kernel.Errors;
using Platform.Secrets.Domain.Audit;

namespace Secrets.Core.Tests.Domain.Audit;

public sealed class FileAuditDeviceOptionsTests
{
    [Fact]
    public void Parse_FilePathOnly_DefaultsToHashedAccessorAndMode0600()
    {
        var options = FileAuditDeviceOptions.Parse("file", new Dictionary<string, string> { ["file_path"] = "/var/log/audit.log" });

        Assert.Equal(new FileAuditDeviceOptions("/var/log/audit.log", true, UnixFileMode.UserRead | UnixFileMode.UserWrite), options);
    }

    [Fact]
    public void Parse_LegacyPathAndOptions_AreAccepted()
    {
        var options = FileAuditDeviceOptions.Parse("file", new Dictionary<string, string> { ["path"] = "/tmp/a.log", ["hmac_accessor"] = "false", ["mode"] = "0640", ["log_raw"] = "false" });

        Assert.Equal("/tmp/a.log", options.FilePath);
        Assert.False(options.HmacAccessor);
        Assert.Equal((UnixFileMode)Convert.ToInt32("640", 8), options.Mode);
    }

    [Fact]
    public void Parse_LogRawTrue_IsRefusedSayingWhy()
    {
        var error = Assert.Throws<ValidationException>(() => FileAuditDeviceOptions.Parse("file", new Dictionary<string, string> { ["file_path"] = "/tmp/a.log", ["log_raw"] = "true" }));

        Assert.Contains(error.Errors, e => e.Contains("log_raw=true is refused", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_EverythingWrong_ReportsEveryProblem()
    {
        var error = Assert.Throws<ValidationException>(() => FileAuditDeviceOptions.Parse("syslog", new Dictionary<string, string> { ["mode"] = "999", ["color"] = "blue" }));

        Assert.Equal(4, error.Errors.Count);
        Assert.Contains(error.Errors, e => e.Contains("unknown audit device type 'syslog'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("file_path is required", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("mode '999'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("unknown option 'color'", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_RelativePath_IsRefused() =>
        Assert.Throws<ValidationException>(() => FileAuditDeviceOptions.Parse("file", new Dictionary<string, string> { ["file_path"] = "audit.log" }));

    [Theory]
    [InlineData("file", "file/")]
    [InlineData("/team/file/", "team/file/")]
    public void Normalize_Paths_GetOneTrailingSlash(string path, string expected) =>
        Assert.Equal(expected, AuditDevicePath.Normalize(path));

    [Theory]
    [InlineData("")]
    [InlineData("a/../b")]
    [InlineData("a b")]
    public void Normalize_BadPaths_AreRefused(string path) =>
        Assert.Throws<ValidationException>(() => AuditDevicePath.Normalize(path));
}
