using Platform.Hcl.Evaluation;
using static Platform.Hcl.Tests.Functions.LibrarySource;

namespace Platform.Hcl.Tests.Functions;

public class DateTimeFunctionsTests
{
    [Theory]
    [InlineData("formatdate(\"DD MMM YYYY hh:mm ZZZ\", \"2018-01-02T23:12:01Z\")", "02 Jan 2018 23:12 UTC")]
    [InlineData("formatdate(\"EEEE, DD-MMM-YY hh:mm:ss ZZZ\", \"2018-01-02T23:12:01Z\")", "Tuesday, 02-Jan-18 23:12:01 UTC")]
    [InlineData("formatdate(\"EEE, DD MMM YYYY hh:mm:ss ZZZ\", \"2018-01-02T23:12:01-08:00\")", "Tue, 02 Jan 2018 23:12:01 -0800")]
    [InlineData("formatdate(\"MMM DD, YYYY\", \"2018-01-02T23:12:01Z\")", "Jan 02, 2018")]
    [InlineData("formatdate(\"HH:mmaa\", \"2018-01-02T23:12:01Z\")", "11:12pm")]
    [InlineData("formatdate(\"h 'o''clock'\", \"2018-01-02T07:12:01Z\")", "7 o'clock")]
    [InlineData("formatdate(\"YYYY-MM-DD'T'hh:mm:ssZ\", \"2018-01-02T23:12:01+05:30\")", "2018-01-02T23:12:01+05:30")]
    [InlineData("formatdate(\"MMMM D, ZZZZZ\", \"2018-03-04T00:00:00Z\")", "March 4, +00:00")]
    [InlineData("timeadd(\"2017-11-22T00:00:00Z\", \"10m\")", "2017-11-22T00:10:00Z")]
    [InlineData("timeadd(\"2017-11-22T00:00:00Z\", \"-1h\")", "2017-11-21T23:00:00Z")]
    [InlineData("timeadd(\"2017-11-22T00:00:00+02:00\", \"1h30m\")", "2017-11-22T01:30:00+02:00")]
    [InlineData("timeadd(\"2017-11-22T00:00:00Z\", \"1.5s\")", "2017-11-22T00:00:01.5Z")]
    public void Call_DocumentedExample_TerraformResult(string source, string expected)
    {
        Assert.Equal(expected, Value(source).AsString());
    }

    [Theory]
    [InlineData("timecmp(\"2017-11-22T00:00:00Z\", \"2017-11-22T00:00:00Z\")", 0)]
    [InlineData("timecmp(\"2017-11-22T00:00:00Z\", \"2017-11-22T01:00:00Z\")", -1)]
    [InlineData("timecmp(\"2017-11-22T01:00:00Z\", \"2017-11-22T00:00:00Z\")", 1)]
    [InlineData("timecmp(\"2017-11-22T01:00:00Z\", \"2017-11-22T00:00:00-01:00\")", 0)]
    public void TimeCmp_DocumentedExample_Order(string source, long expected)
    {
        Assert.Equal(HclValue.FromNumber(expected), Value(source));
    }

    [Fact]
    public void Timestamp_FixedClock_Rfc3339UtcWithoutFraction()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2024, 2, 29, 13, 45, 7, 250, TimeSpan.FromHours(2)));
        Assert.Equal("2024-02-29T11:45:07Z", Value("timestamp()", Context(time: clock)).AsString());
    }

    [Theory]
    [InlineData("timeadd(\"2017-11-22T00:00:00Z\", \"10x\")", "Invalid function argument; Invalid value for \"duration\" parameter: time: unknown unit \"x\" in duration \"10x\".")]
    [InlineData("timeadd(\"2017-11-22\", \"1h\")", "Invalid function argument; Invalid value for \"timestamp\" parameter: not a valid RFC3339 timestamp: cannot use \"2017-11-22\" as a timestamp in the format YYYY-MM-DDThh:mm:ssZ.")]
    [InlineData("formatdate(\"QQ\", \"2017-11-22T00:00:00Z\")", "Invalid function argument; Invalid value for \"format\" parameter: invalid date format verb \"QQ\": unsupported sequence.")]
    [InlineData("timeadd(\"2024-01-01T00:00:00Z\", \"99999999999999999999h\")", "Invalid function argument; Invalid value for \"duration\" parameter: time: invalid duration \"99999999999999999999h\".")]
    [InlineData("timeadd(\"9999-12-31T23:00:00Z\", \"2h\")", "Invalid function argument; Invalid value for \"duration\" parameter: the resulting timestamp is outside years 1 to 9999, which this implementation cannot represent.")]
    [InlineData("timeadd(\"0001-01-01T00:00:00Z\", \"-1h\")", "Invalid function argument; Invalid value for \"duration\" parameter: the resulting timestamp is outside years 1 to 9999, which this implementation cannot represent.")]
    public void Call_BadArguments_TerraformMessage(string source, string expected)
    {
        Assert.Equal(expected, Error(source));
    }
}
