using System.Text;
using Platform.Hcl.Decoding;
using Platform.Hcl.Decoding.Native;
using Platform.Hcl.Decoding.Specs;
using Platform.Hcl.Decoding.Typed;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Parsing;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Tests.SpecSuite;

/// <summary>
/// Runs one spec-suite test the way HashiCorp's hclspecsuite drives hcldec: for each input next to the
/// <c>.t</c> file (<c>.hcl</c>, <c>.hcl.json</c>), decode it with the <c>.hcldec</c> spec and compare with the
/// expectations: with expected diagnostics, the (severity, range) pairs must match exactly; otherwise there must be
/// no errors, the result's type must conform to <c>result_type</c> and equal <c>result</c> converted to it.
/// Returns a list of human-readable problems (empty when the test passes).
/// </summary>
internal static class SpecSuiteRunner
{
    public static IReadOnlyList<string> Run(string testPath)
    {
        var problems = new List<string>();
        var basePath = testPath[..^2];
        var expectations = LoadExpectations(testPath, problems);
        if (expectations is null)
        {
            return problems;
        }

        var specPath = basePath + ".hcldec";
        var (specFile, specDiagnostics) = HclSpecFileReader.Read(File.ReadAllText(specPath), specPath);
        if (specFile is null)
        {
            problems.AddRange(specDiagnostics.Select(d => $"spec: {d}"));
            return problems;
        }

        var inputs = new[] { basePath + ".hcl", basePath + ".hcl.json" }.Where(File.Exists).ToList();
        if (inputs.Count == 0)
        {
            problems.Add("no .hcl or .hcl.json input next to the test");
        }

        foreach (var input in inputs)
        {
            RunInput(input, specFile, expectations, problems);
        }

        return problems;
    }

    private static SpecTestFile? LoadExpectations(string testPath, List<string> problems)
    {
        var parsed = HclParser.ParseConfig(File.ReadAllText(testPath), testPath);
        var (model, diagnostics) = HclModelDecoder.Decode<SpecTestFile>(new NativeBody(parsed.Value.Body), null);
        var errors = parsed.Diagnostics.Concat(diagnostics).Where(d => d.Severity == Severity.Error).ToList();
        problems.AddRange(errors.Select(d => $"test file: {d}"));
        return errors.Count == 0 ? model : null;
    }

    // hcldec stops after parse errors: only the parser's diagnostics are reported then.
    private static (IHclBody? Body, IReadOnlyList<Diagnostic> Diagnostics) ParseInput(string input)
    {
        var parsed = ConfigBodyParser.Parse(File.ReadAllText(input), input);
        return (parsed.HasErrors ? null : parsed.Value, parsed.Diagnostics);
    }

    private static void RunInput(string input, HclSpecFile spec, SpecTestFile expectations, List<string> problems)
    {
        var name = Path.GetFileName(input);
        var (body, diagnostics) = ParseInput(input);
        var allDiagnostics = diagnostics.ToList();
        var value = HclValue.DynamicUnknown;
        if (body is not null)
        {
            var context = spec.CreateContext();

            if (expectations.Traversals is { } expectedTraversals)
            {
                CheckTraversals(name, HclSpecDecoder.Variables(body, spec.Root), expectedTraversals, problems);
            }

            var (decoded, decodeDiagnostics) = HclSpecDecoder.Decode(body, spec.Root, context);
            value = decoded;
            allDiagnostics.AddRange(decodeDiagnostics);
        }

        if (expectations.Diagnostics is { } expected)
        {
            CheckDiagnostics(input, allDiagnostics, expected, problems);
            return;
        }

        var errors = allDiagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Count > 0)
        {
            problems.AddRange(errors.Select(d => $"{name}: unexpected error: {d}"));
            return;
        }

        var resultType = HclType.Dynamic;
        if (expectations.ResultType is NativeExpression typeExpression)
        {
            var (type, typeDiagnostics) = TypeConstraintReader.Read(typeExpression.Syntax);
            problems.AddRange(typeDiagnostics.Select(d => $"test file result_type: {d}"));
            resultType = type;
        }

        if (HclConversion.TestConformance(value.Type, resultType) is { } mismatch)
        {
            problems.Add($"{name}: produced {value.Type}, but was expecting {resultType}: {mismatch}");
        }

        if (expectations.Result is { } resultExpression)
        {
            var (expectedValue, resultDiagnostics) = resultExpression.Evaluate(null);
            problems.AddRange(resultDiagnostics.Select(d => $"test file result: {d}"));
            if (!HclConversion.TryConvert(expectedValue, resultType, out var comparable, out var error))
            {
                problems.Add($"test file result does not conform to result_type: {error!.Message}");
            }
            else if (!value.Equals(comparable))
            {
                problems.Add($"{name}: produced {value}, but was expecting {comparable}; differences: {Differences(value, comparable, "result")}");
            }
        }
    }

    private static void CheckDiagnostics(string input, IReadOnlyList<Diagnostic> got, SpecTestFile.ExpectedDiagnostics expected, List<string> problems)
    {
        var name = Path.GetFileName(input);
        var want = expected.Errors.Select(r => (Severity.Error, Range(input, r)))
            .Concat(expected.Warnings.Select(r => (Severity.Warning, Range(input, r))))
            .ToHashSet();
        var gotEntries = new HashSet<(Severity, SourceRange)>();
        foreach (var diagnostic in got)
        {
            if (diagnostic.Subject is not { } subject || subject.Filename != input)
            {
                problems.Add($"{name}: diagnostic without a range in the input: {diagnostic}");
                continue;
            }

            gotEntries.Add((diagnostic.Severity, subject));
            if (!want.Contains((diagnostic.Severity, subject)))
            {
                problems.Add($"{name}: unexpected {diagnostic.Severity} at {Describe(subject)}: {diagnostic}");
            }
        }

        foreach (var (severity, range) in want.Where(w => !gotEntries.Contains(w)))
        {
            problems.Add($"{name}: missing expected {severity} at {Describe(range)}");
        }
    }

    private static void CheckTraversals(string name, IReadOnlyList<HclTraversal> got, SpecTestFile.ExpectedTraversals expected, List<string> problems)
    {
        var wanted = expected.Expect.Select(e => (Text: TraversalText(((NativeExpression)e.Ref).Syntax), e.Range)).ToList();
        foreach (var traversal in got)
        {
            var text = TraversalText(traversal.Steps);
            var match = wanted.FindIndex(w => w.Text == text
                && (w.Range is null || (w.Range.From.Byte == traversal.Range.Start.Byte && w.Range.To.Byte == traversal.Range.End.Byte)));
            if (match < 0)
            {
                problems.Add($"{name}: unexpected traversal {text} at {Describe(traversal.Range)}");
                continue;
            }

            wanted.RemoveAt(match);
        }

        problems.AddRange(wanted.Select(w => $"{name}: missing expected traversal {w.Text}"));
    }

    private static string TraversalText(Expression expression) =>
        expression is ScopeTraversalExpression traversal ? TraversalText(traversal.Traversal) : "<not a traversal>";

    private static string TraversalText(IReadOnlyList<Traverser> steps)
    {
        var text = new StringBuilder();
        foreach (var step in steps)
        {
            text.Append(step switch
            {
                TraverseRoot root => root.Name,
                TraverseAttribute attribute => "." + attribute.Name,
                TraverseIndex index => "[" + HclEvaluator.Evaluate(index.Key).Value + "]",
                _ => "?",
            });
        }

        return text.ToString();
    }

    // Pinpoints where two values differ, since a whole-object message is too long to read.
    private static string Differences(HclValue got, HclValue want, string path)
    {
        if (got.Equals(want))
        {
            return "";
        }

        if (got.IsKnownNotNull && want.IsKnownNotNull && got.Type.Kind == want.Type.Kind && (got.Type.IsObject || got.Type.IsMap))
        {
            var keys = got.Entries.Keys.Union(want.Entries.Keys).Order(StringComparer.Ordinal);
            return string.Join("; ", keys
                .Select(k => got.Entries.TryGetValue(k, out var g) && want.Entries.TryGetValue(k, out var w)
                    ? Differences(g, w, $"{path}.{k}")
                    : $"{path}.{k} present on one side only")
                .Where(d => d.Length > 0));
        }

        return $"{path}: got {got} ({got.Type}), want {want} ({want.Type})";
    }

    private static SourceRange Range(string input, SpecTestFile.ExpectedRange range) =>
        new(input, new SourcePos(range.From.Line, range.From.Column, range.From.Byte), new SourcePos(range.To.Line, range.To.Column, range.To.Byte));

    private static string Describe(SourceRange range) =>
        $"{range.Start.Line},{range.Start.Column}(byte {range.Start.Byte})-{range.End.Line},{range.End.Column}(byte {range.End.Byte})";
}
