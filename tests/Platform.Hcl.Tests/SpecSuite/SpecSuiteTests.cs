using Platform.Hcl.Tests.TestSupport;

namespace Platform.Hcl.Tests.SpecSuite;

/// <summary>HashiCorp's HCL spec suite (hcl-spec/specsuite/tests): one case per <c>.t</c> expectation file.</summary>
public class SpecSuiteTests
{
    private static readonly string TestsDirectory = Path.Combine(RepositoryLayout.Corpora, "hcl-spec", "specsuite", "tests");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestsDirectory, "*.t", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestsDirectory, file)[..^2].Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void Cases_Corpus_HasEveryKnownTest()
    {
        Assert.Equal(15, Cases().Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_SpecSuiteTest_MeetsEveryExpectation(string test)
    {
        var problems = SpecSuiteRunner.Run(Path.Combine(TestsDirectory, test + ".t"));

        Assert.True(problems.Count == 0, $"{test}:\n  " + string.Join("\n  ", problems));
    }
}
