namespace Platform.Api.Benchmarks;

/// <summary>
/// <c>--name value</c> options and repeatable ones (<c>--header</c>) after a mode word; enough for bench/api/run.sh,
/// which is the only caller.
/// </summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);

    public BenchArguments(IEnumerable<string> arguments)
    {
        using var reader = arguments.GetEnumerator();
        while (reader.MoveNext())
        {
            var name = reader.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal) || !reader.MoveNext())
            {
                throw new ArgumentException($"Expected '--name value', got '{name}'.");
            }

            if (!_options.TryGetValue(name[2..], out var values))
            {
                _options[name[2..]] = values = [];
            }

            values.Add(reader.Current);
        }
    }

    public string Required(string name) =>
        Optional(name) ?? throw new ArgumentException($"--{name} is required.");

    public string? Optional(string name) => _options.TryGetValue(name, out var values) ? values[^1] : null;

    public IReadOnlyList<string> All(string name) => _options.TryGetValue(name, out var values) ? values : [];

    public int Int(string name, int fallback) => Optional(name) is { } text ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public TimeSpan Seconds(string name, double fallback) =>
        TimeSpan.FromSeconds(Optional(name) is { } text ? double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : fallback);
}
