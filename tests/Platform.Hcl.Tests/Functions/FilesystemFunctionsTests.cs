using Platform.Hcl.Evaluation;
using Platform.Hcl.Evaluation.Functions;
using static Platform.Hcl.Tests.Functions.LibrarySource;

namespace Platform.Hcl.Tests.Functions;

public sealed class FilesystemFunctionsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hcl-fs-" + Guid.NewGuid().ToString("N"));

    public FilesystemFunctionsTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "templates", "nested"));
        File.WriteAllText(Path.Combine(_root, "hello.txt"), "Hello World");
        File.WriteAllText(Path.Combine(_root, "other.txt"), "x");
        File.WriteAllBytes(Path.Combine(_root, "binary.bin"), [0xFF, 0xFE, 0x00]);
        File.WriteAllText(Path.Combine(_root, "templates", "a.tpl"), "a");
        File.WriteAllText(Path.Combine(_root, "templates", "nested", "b.tpl"), "b");
        File.WriteAllText(Path.Combine(_root, "backends.tftpl"), "%{ for addr in ip_addrs ~}\nbackend ${addr}:${port}\n%{ endfor ~}\n");
        File.WriteAllText(Path.Combine(_root, "json.tftpl"), "${jsonencode({ names = [for n in names : upper(n)] })}");
        File.WriteAllText(Path.Combine(_root, "recursive.tftpl"), "${templatefile(\"hello.txt\", {})}");
        File.WriteAllText(Path.Combine(_root, "undefined.tftpl"), "${missing}");
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        if (Directory.Exists(_root + "-outside"))
        {
            Directory.Delete(_root + "-outside", recursive: true);
        }
    }

    private EvalContext Files() => Context(_root);

    [Theory]
    [InlineData("basename(\"foo/bar/baz.txt\")", "baz.txt")]
    [InlineData("basename(\"foo/bar/\")", "bar")]
    [InlineData("basename(\"\")", ".")]
    [InlineData("dirname(\"foo/bar/baz.txt\")", "foo/bar")]
    [InlineData("dirname(\"foo\")", ".")]
    [InlineData("dirname(\"/foo\")", "/")]
    [InlineData("pathexpand(\"/etc/resolv.conf\")", "/etc/resolv.conf")]
    public void PathFunction_DocumentedExample_GoFilepathResult(string source, string expected)
    {
        Assert.Equal(expected, Value(source).AsString());
    }

    [Fact]
    public void PathExpand_Tilde_HomeDirectory()
    {
        var home = Environment.GetEnvironmentVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Equal(home + "/.ssh/id_rsa", Value("pathexpand(\"~/.ssh/id_rsa\")").AsString());
    }

    [Fact]
    public void AbsPath_Relative_UnderBaseDirectory()
    {
        Assert.Equal(_root + "/templates/a.tpl", Value("abspath(\"templates/../templates/a.tpl\")", Files()).AsString());
    }

    [Fact]
    public void File_RelativePath_ReadsFromBaseDirectory()
    {
        Assert.Equal("Hello World", Value("file(\"hello.txt\")", Files()).AsString());
        Assert.Equal("SGVsbG8gV29ybGQ=", Value("filebase64(\"hello.txt\")", Files()).AsString());
        Assert.Equal("b10a8db164e0754105b7a99be72e3fe5", Value("filemd5(\"hello.txt\")", Files()).AsString());
        Assert.Equal("a591a6d40bf420404a011733cfb7b190d62c65bf0bcda32b57b277d9ad9f146e", Value("filesha256(\"hello.txt\")", Files()).AsString());
    }

    [Fact]
    public void File_Missing_TerraformMessage()
    {
        Assert.StartsWith("Invalid function argument; Invalid value for \"path\" parameter: no file exists at \"nope.txt\"; this function works only with files that are distributed as part of the configuration source code", Error("file(\"nope.txt\")", Files()));
    }

    [Fact]
    public void File_InvalidUtf8_SuggestsFilebase64()
    {
        Assert.StartsWith("Error in function call; Call to function \"file\" failed: contents of \"binary.bin\" are not valid UTF-8; use the filebase64 function", Error("file(\"binary.bin\")", Files()));
        Assert.Equal("//4A", Value("filebase64(\"binary.bin\")", Files()).AsString());
    }

    [Fact]
    public void FileExists_Directory_Error()
    {
        Assert.Equal($"Error in function call; Call to function \"fileexists\" failed: \"{_root}/templates\" is a directory, not a file.", Error("fileexists(\"templates\")", Files()));
    }

    [Fact]
    public void FileExists_PresentAndMissing_TrueAndFalse()
    {
        Assert.Equal(HclValue.True, Value("fileexists(\"hello.txt\")", Files()));
        Assert.Equal(HclValue.False, Value("fileexists(\"nope.txt\")", Files()));
    }

    [Theory]
    [InlineData("fileset(\".\", \"*.txt\")", "[\"hello.txt\",\"other.txt\"]")]
    [InlineData("fileset(\".\", \"{hello,other}.txt\")", "[\"hello.txt\",\"other.txt\"]")]
    [InlineData("fileset(\"templates\", \"**/*.tpl\")", "[\"a.tpl\",\"nested/b.tpl\"]")]
    [InlineData("fileset(\"templates\", \"*.tpl\")", "[\"a.tpl\"]")]
    [InlineData("fileset(\".\", \"h?llo.[st]xt\")", "[\"hello.txt\"]")]
    public void FileSet_Pattern_MatchingRelativePaths(string source, string expected)
    {
        Assert.Equal(expected, EvalToJson(source, Files()));
    }

    [Fact]
    public void TemplateFile_DocumentedBackendsExample_RendersLines()
    {
        Assert.Equal("backend 10.0.0.1:8080\nbackend 10.0.0.2:8080\n",
            Value("templatefile(\"backends.tftpl\", { port = 8080, ip_addrs = [\"10.0.0.1\", \"10.0.0.2\"] })", Files()).AsString());
    }

    [Fact]
    public void TemplateFile_CallsFunctions_WithGivenVars()
    {
        Assert.Equal("{\"names\":[\"A\",\"B\"]}", Value("templatefile(\"json.tftpl\", { names = [\"a\", \"b\"] })", Files()).AsString());
    }

    [Fact]
    public void TemplateFile_CallsTemplatefile_RecursionRefused()
    {
        Assert.Contains("cannot recursively call templatefile from inside templatefile call", Error("templatefile(\"recursive.tftpl\", {})", Files()));
    }

    [Fact]
    public void TemplateFile_UndefinedVariable_NamesMissingVarAndWhere()
    {
        Assert.Equal("Invalid function argument; Invalid value for \"vars\" parameter: vars map does not contain key \"missing\", referenced at undefined.tftpl:1,3-10.",
            Error("templatefile(\"undefined.tftpl\", {})", Files()));
    }

    [Fact]
    public void TemplateFile_CallerVariables_NotVisible()
    {
        Assert.Contains("vars map does not contain key \"missing\"", Error("templatefile(\"undefined.tftpl\", {})", Files().WithVariable("missing", HclValue.FromString("x"))));
    }

    [Fact]
    public void TemplateFile_ForVariables_NotTakenForVars()
    {
        Assert.Equal("{\"names\":[\"X\"]}", Value("templatefile(\"json.tftpl\", { names = [\"x\"] })", Files()).AsString());
    }

    [Fact]
    public void TemplateFile_UnknownVar_UnknownResult()
    {
        Assert.False(Value("templatefile(\"backends.tftpl\", { port = unknown_string, ip_addrs = [\"a\"] })", Files()).IsKnown);
    }

    [Fact]
    public void TemplateFile_VarsNotAMap_Error()
    {
        Assert.Equal("Invalid function argument; Invalid value for \"vars\" parameter: invalid vars value: must be a map.", Error("templatefile(\"hello.txt\", \"x\")", Files()));
    }

    [Theory]
    [InlineData("file(\"../outside.txt\")")]
    [InlineData("file(\"/etc/hostname\")")]
    [InlineData("file(\"templates/../../outside.txt\")")]
    [InlineData("fileexists(\"/etc/passwd\")")]
    [InlineData("fileset(\"/etc\", \"*\")")]
    [InlineData("templatefile(\"/etc/hostname\", {})")]
    [InlineData("filesha256(\"~/.bashrc\")")]
    [InlineData("file(\"escape/secret.txt\")")]
    [InlineData("file(\"templates/../escape/secret.txt\")")]
    public void FileFunction_ConfinedPathOutsideBase_RefusedWithError(string source)
    {
        var outside = Directory.CreateDirectory(_root + "-outside").FullName;
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "secret");
        Directory.CreateSymbolicLink(Path.Combine(_root, "escape"), outside);
        var confined = HclFunctionLibrary.NewContext(_root, confineFilesToBaseDirectory: true);

        Assert.Contains("outside the configuration directory", Error(source, confined));
    }

    [Fact]
    public void File_ConfinedPathInsideBase_Reads()
    {
        var confined = HclFunctionLibrary.NewContext(_root, confineFilesToBaseDirectory: true);

        Assert.Equal("a", Value("file(\"templates/nested/../a.tpl\")", confined).AsString());
    }
}
