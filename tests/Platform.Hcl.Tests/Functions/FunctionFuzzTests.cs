using CsCheck;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Evaluation.Functions;

namespace Platform.Hcl.Tests.Functions;

public class FunctionFuzzTests
{
    private static readonly Gen<HclValue> Scalar = Gen.OneOf(
        Gen.Int[-300, 300].Select(i => HclValue.FromNumber(i)),
        Gen.Double[-1e6, 1e6].Select(d => HclValue.FromNumber(d)),
        Gen.OneOf(
            "", "a", "10.0.0.0/16", "fd00::/56", "2018-01-02T23:12:01Z", "%s %d %v", "%[2]q", "/(a+)+/", "(?P<x>a)(b)", "{\"a\":[1,2]}",
            "a,b\n1,2", "hello world", "☃💃🏿", "1h30m", "true", "0x1F", "~/x", "*.txt", "**/*", "a: [1, *x]", "- a\n- b", "\\", "$${x}",
            "SGVsbG8=", "UTF-16LE", "YYYY-MM-DD 'x", "dns", "-1", "1e400").Select(HclValue.FromString),
        Gen.String[0, 12].Select(HclValue.FromString),
        Gen.Bool.Select(HclValue.FromBool),
        Gen.OneOf(HclValue.DynamicNull, HclValue.Null(HclType.String), HclValue.Unknown(HclType.String), HclValue.DynamicUnknown),
        Gen.Const(HclValue.FromString("s").Mark(HclMarks.Sensitive)));

    private static readonly Gen<HclValue> Value = Gen.Frequency(
        (4, Scalar),
        (1, Scalar.Array[0, 4].Select(items => HclValue.Tuple(items))),
        (1, Gen.String[0, 4].Array[0, 4].Select(items => items.Length == 0 ? HclValue.EmptyList(HclType.String) : HclValue.List(HclType.String, items.Select(HclValue.FromString)))),
        (1, Gen.String[0, 4].Array[0, 3].Select(items => items.Length == 0 ? HclValue.EmptySet(HclType.Number) : HclValue.Set(HclType.String, items.Select(HclValue.FromString)))),
        (1, Gen.Select(Gen.OneOf("a", "b", "c"), Scalar).Array[0, 3].Select(pairs =>
            HclValue.Object(pairs.GroupBy(p => p.Item1).Select(g => KeyValuePair.Create(g.Key, g.First().Item2))))),
        (1, Gen.Select(Gen.OneOf("a", "b"), Gen.String[0, 3].Array[0, 2]).Array[0, 2].Select(pairs => pairs.Length == 0
            ? HclValue.EmptyMap(HclType.List(HclType.String))
            : HclValue.Map(HclType.List(HclType.String), pairs.GroupBy(p => p.Item1).Select(g => KeyValuePair.Create(g.Key,
                g.First().Item2.Length == 0 ? HclValue.EmptyList(HclType.String) : HclValue.List(HclType.String, g.First().Item2.Select(HclValue.FromString))))))));

    [Fact]
    public void Call_AnyFunctionWithRandomArguments_ResultOrFunctionCallException()
    {
        var directory = Path.Combine(Path.GetTempPath(), "hcl-fuzz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "a.txt"), "hello ${x}");
        try
        {
            var library = HclFunctionLibrary.Create(directory, new FixedTimeProvider(DateTimeOffset.UnixEpoch));

            // bcrypt is left out: a random cost of 31 means 2^31 rounds, correct but not a test's business.
            var names = library.Keys.Where(n => n != "bcrypt").OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Gen.Select(Gen.OneOf(names), Value.Array[0, 4]).Sample((name, args) =>
            {
                try
                {
                    library[name].Call(args);
                }
                catch (FunctionCallException)
                {
                    // A refusal with a message is the expected outcome for unsuitable arguments.
                }
            }, iter: 20000);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
