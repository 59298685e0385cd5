using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Tests.Parsing;

public sealed class CorpusParseTests
{
    [Theory]
    [MemberData(nameof(CorpusFiles.OkFiles), MemberType = typeof(CorpusFiles))]
    public void Parse_FileHashiCorpAccepts_HasNoErrors(string path)
    {
        var file = CorpusFiles.Get(path);

        var diagnostics = CorpusParser.Parse(file.Text, path, file.Mode);

        Assert.True(
            diagnostics.All(d => d.Severity != Severity.Error),
            $"{path} ({file.Mode}):\n" + string.Join("\n", diagnostics));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles.ErrorFiles), MemberType = typeof(CorpusFiles))]
    public void Parse_FileHashiCorpRejects_ReportsErrorOnSameLine(string path)
    {
        var file = CorpusFiles.Get(path);

        var errors = CorpusParser.Parse(file.Text, path, file.Mode).Where(d => d.Severity == Severity.Error).ToList();

        Assert.NotEmpty(errors);
        if (file.ExpectedErrorLine is { } line)
        {
            Assert.True(
                errors[0].Subject?.Start.Line == line,
                $"expected the first error at line {line} ({file.Hcl2Parse}), got:\n" + string.Join("\n", errors));
        }
    }

    [Fact]
    public void Corpus_IsFound_WithBothAcceptedAndRejectedFiles()
    {
        Assert.True(CorpusFiles.All.Count(f => f.ExpectOk) > 200);
        Assert.True(CorpusFiles.All.Count(f => f.ExpectError) >= 10);
    }
}
