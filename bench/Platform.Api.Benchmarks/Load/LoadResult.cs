using System.Globalization;

namespace Platform.Api.Benchmarks.Load;

/// <summary>
/// One row of the results table. CPU per request is reported beside req/s because this machine is shared: req/s
/// moves with the neighbours' load, the CPU the server spends on one request much less.
/// </summary>
internal sealed record LoadResult(
    string Label,
    int Clients,
    long Requests,
    long Errors,
    double Seconds,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    double ServerCpuUsPerRequest,
    double ClientCpuUsPerRequest)
{
    public double RequestsPerSecond => Requests / Seconds;

    public string ToTsv() => string.Join('\t',
        Label, Clients.ToString(CultureInfo.InvariantCulture), Requests.ToString(CultureInfo.InvariantCulture),
        Errors.ToString(CultureInfo.InvariantCulture), Format(Seconds), Format(P50Ms), Format(P99Ms), Format(MaxMs),
        Format(ServerCpuUsPerRequest), Format(ClientCpuUsPerRequest));

    public static LoadResult FromTsv(string line)
    {
        var f = line.Split('\t');
        return new LoadResult(f[0], Int(f[1]), Long(f[2]), Long(f[3]), Double(f[4]), Double(f[5]), Double(f[6]), Double(f[7]), Double(f[8]), Double(f[9]));
    }

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static long Long(string text) => long.Parse(text, CultureInfo.InvariantCulture);

    private static double Double(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
