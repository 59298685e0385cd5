using System.Text.Json.Nodes;

namespace Platform.Host.Tests.Cli;

public sealed class HclCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Validate_ValidFiles_ExitsZeroSilently()
    {
        var a = _dir.Write("a.hcl", "job \"web\" {\n  count = 2\n}\n");
        var b = _dir.Write("b.tf", "variable \"x\" {\n  default = [1, 2]\n}\n");

        var run = CliRun.Invoke("hcl", "validate", a, b);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Validate_UnclosedBlock_PrintsFileLineColumnAndExitsOne()
    {
        var good = _dir.Write("good.hcl", "a = 1\n");
        var bad = _dir.Write("bad.hcl", "a = 1\n\njob \"web\" {\n  count = 2\n");

        var run = CliRun.Invoke("hcl", "validate", good, bad);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{bad}:3,", line);
        Assert.Contains("Unclosed configuration block", line);
    }

    [Fact]
    public void Validate_JsonSyntaxFile_UsesJsonParser()
    {
        var good = _dir.Write("main.tf.json", "{\"variable\": {\"x\": {\"default\": 1}}}");
        var bad = _dir.Write("bad.tf.json", "{\"variable\": {\"x\": }\n");

        Assert.Equal(0, CliRun.Invoke("hcl", "validate", good).ExitCode);
        var run = CliRun.Invoke("hcl", "validate", bad);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{bad}:1,", run.Error);
    }

    [Fact]
    public void Validate_MissingFile_ReportsItAndExitsOne()
    {
        var run = CliRun.Invoke("hcl", "validate", Path.Combine(_dir.Path, "nope.hcl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nope.hcl", run.Error);
    }

    [Fact]
    public void Validate_InvalidUtf8_ReportsEncodingError()
    {
        var file = Path.Combine(_dir.Path, "latin1.hcl");
        File.WriteAllBytes(file, [(byte)'a', (byte)' ', (byte)'=', (byte)' ', (byte)'"', 0xE9, (byte)'"', (byte)'\n']);

        var run = CliRun.Invoke("hcl", "validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("UTF-8", run.Error);
    }

    [Fact]
    public void Json_Blocks_RenderAsHcl2JsonShape()
    {
        var file = _dir.Write("main.tf", "resource \"aws_instance\" \"web\" {\n  ami   = \"ami-1\"\n  count = var.n\n}\n");

        var run = CliRun.Invoke("hcl", "json", file);

        Assert.Equal(0, run.ExitCode);
        var json = JsonNode.Parse(run.Output)!;
        var body = json["resource"]!["aws_instance"]!["web"]![0]!;
        Assert.Equal("ami-1", (string?)body["ami"]);
        Assert.Equal("${var.n}", (string?)body["count"]);
    }

    [Fact]
    public void Json_SyntaxError_PrintsDiagnosticsAndNoJson()
    {
        var file = _dir.Write("bad.tf", "a = \n");

        var run = CliRun.Invoke("hcl", "json", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith($"{file}:1,", run.Error);
        Assert.Contains("Invalid expression", run.Error);
    }

    [Fact]
    public void Json_BlockWithMoreLabelsThanAnEarlierOne_ReportsConversionError()
    {
        var file = _dir.Write("mixed.hcl", "task {}\ntask \"b\" {}\n");

        var run = CliRun.Invoke("hcl", "json", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith($"{file}:2,", run.Error);
        Assert.Contains("Block cannot be represented in JSON", run.Error);
    }

    [Fact]
    public void Fmt_Check_ListsUnformattedFileExitsThreeAndWritesNothing()
    {
        const string messy = "a=1\nlonger_name = 2\n";
        var file = _dir.Write("messy.hcl", messy);
        var tidy = _dir.Write("tidy.hcl", "a = 1\n");

        var run = CliRun.Invoke("hcl", "fmt", "-check", file, tidy);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(file, run.Output.Trim());
        Assert.Equal(messy, File.ReadAllText(file));
    }

    [Fact]
    public void Fmt_Write_RewritesFileCanonically()
    {
        var file = _dir.Write("messy.hcl", "a=1\nlonger_name = 2\n");

        var run = CliRun.Invoke("hcl", "fmt", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("a           = 1\nlonger_name = 2\n", File.ReadAllText(file));
        Assert.Equal(0, CliRun.Invoke("hcl", "fmt", "-check", file).ExitCode);
    }

    [Fact]
    public void Fmt_SyntaxError_LeavesFileAndExitsOne()
    {
        const string broken = "a = {\n";
        var file = _dir.Write("broken.hcl", broken);

        var run = CliRun.Invoke("hcl", "fmt", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(broken, File.ReadAllText(file));
        Assert.Contains("broken.hcl", run.Error);
    }

    [Fact]
    public void Fmt_JsonSyntaxFile_IsRefusedUntouched()
    {
        const string json = "{\"a\":1}";
        var file = _dir.Write("main.tf.json", json);

        var run = CliRun.Invoke("hcl", "fmt", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("JSON syntax", run.Error);
        Assert.Equal(json, File.ReadAllText(file));
    }

    [Fact]
    public void Fmt_Stdin_WritesTheFormattedTextToStdout()
    {
        var run = CliRun.InvokeWithInput("a=1\n", "hcl", "fmt", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("a = 1\n", run.Output);
    }

    [Theory]
    [InlineData("a=1\n", 3)]
    [InlineData("a = 1\n", 0)]
    public void Fmt_CheckStdin_PrintsNothingAndExitsThreeWhenUnformatted(string stdin, int expectedExit)
    {
        var run = CliRun.InvokeWithInput(stdin, "hcl", "fmt", "-check", "-");

        Assert.Equal(expectedExit, run.ExitCode);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Hcl_UnknownSubcommand_IsUsageError()
    {
        var run = CliRun.Invoke("hcl", "frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("platform hcl --help", run.Error);
    }
}
