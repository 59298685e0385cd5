using Platform.Hcl.Evaluation.Functions;

namespace Platform.Hcl.Tests.Functions;

public class HclFunctionLibraryTests
{
    private const string Required =
        "abs ceil floor log max min parseint pow signum chomp endswith format formatlist indent join lower regex regexall " +
        "replace split startswith strcontains strrev substr title trim trimprefix trimsuffix trimspace upper alltrue anytrue " +
        "chunklist coalesce coalescelist compact concat contains distinct element flatten index keys length lookup matchkeys " +
        "merge one range reverse setintersection setproduct setsubtract setunion slice sort sum transpose values zipmap " +
        "base64decode base64encode base64gzip csvdecode jsondecode jsonencode textdecodebase64 textencodebase64 urlencode " +
        "yamldecode yamlencode abspath basename dirname pathexpand file fileexists fileset filebase64 templatefile formatdate " +
        "timeadd timecmp timestamp base64sha256 base64sha512 md5 sha1 sha256 sha512 filemd5 filesha256 uuid uuidv5 bcrypt " +
        "cidrhost cidrnetmask cidrsubnet cidrsubnets can try tobool tolist tomap tonumber toset tostring sensitive " +
        "nonsensitive issensitive";

    [Fact]
    public void Create_Table_HasEveryTerraformFunctionTheIssueNames()
    {
        var table = HclFunctionLibrary.Create();
        var missing = Required.Split(' ').Where(name => !table.ContainsKey(name)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void NewContext_TimestampAndPlanTimestamp_UseGivenClock()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var context = LibrarySource.Context(time: clock);
        Assert.Equal("2030-01-02T03:04:05Z", LibrarySource.Value("plantimestamp()", context).AsString());
        Assert.Equal("2030-01-02T03:04:05Z", LibrarySource.Value("timestamp()", context).AsString());
    }

    [Fact]
    public void Call_UnknownFunctionName_SuggestsClosest()
    {
        Assert.Contains("Did you mean \"upper\"?", LibrarySource.Error("uper(\"x\")"));
    }
}
