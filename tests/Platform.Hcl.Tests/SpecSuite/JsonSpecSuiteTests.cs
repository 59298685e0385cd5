using Platform.Hcl.Tests.TestSupport;

namespace Platform.Hcl.Tests.SpecSuite;

/// <summary>
/// The spec suite ships a JSON input for one test only, so these give JSON-syntax twins of native inputs: each
/// runs the suite's own <c>.hcldec</c> and <c>.t</c> against a hand-written <c>.hcl.json</c> equivalent (in a
/// scratch directory), exercising label levels, "//" comments and templates in full-expression mode.
/// </summary>
public sealed class JsonSpecSuiteTests : IDisposable
{
    private static readonly string TestsDirectory = Path.Combine(RepositoryLayout.Corpora, "hcl-spec", "specsuite", "tests");

    private readonly string _scratch = Directory.CreateTempSubdirectory("decoding-specsuite-json-").FullName;

    public static TheoryData<string, string> Cases() => new()
    {
        { "structure/attributes/expected", """{"//": "comment", "a": "a value", "b": "b value", "c": "c value"}""" },
        { "structure/blocks/single_oneline", """{"a": {"b": "foo"}}""" },
        { "structure/blocks/single_empty_oneline", """{"a": [{}]}""" },
        { "expressions/primitive_literals", """
            {"whole_number": 5, "fractional_number": 3.2,
             "fractional_number_precision": 3.14159265358979323846264338327950288419716939937510582097494459,
             "string_ascii": "hello", "string_unicode_bmp": "ЖЖ", "string_unicode_astral": "👩‍👩‍👧‍👦",
             "string_unicode_nonnorm": "años", "true": true, "false": false, "null": null}
            """ },
        { "expressions/operators", """
            {
              "equality": [
                {"==": {"exactly": "${\"a\" == \"a\"}", "not": "${\"a\" == \"b\"}", "type_mismatch_number": "${\"1\" == 1}", "type_mismatch_bool": "${\"true\" == true}"}},
                {"!=": {"exactly": "${\"a\" != \"a\"}", "not": "${\"a\" != \"b\"}", "type_mismatch_number": "${\"1\" != 1}", "type_mismatch_bool": "${\"true\" != true}"}}
              ],
              "inequality": {
                "<": {"lt": "${1 < 2}", "gt": "${2 < 1}", "eq": "${1 < 1}"},
                "<=": {"lt": "${1 <= 2}", "gt": "${2 <= 1}", "eq": "${1 <= 1}"},
                ">": {"lt": "${1 > 2}", "gt": "${2 > 1}", "eq": "${1 > 1}"},
                ">=": {"lt": "${1 >= 2}", "gt": "${2 >= 1}", "eq": "${1 >= 1}"}
              },
              "arithmetic": {
                "add": "${2 + 3.5}", "add_big": "${3.14159265358979323846264338327950288419716939937510582097494459 + 1}",
                "sub": "${3.5 - 2}", "sub_neg": "${2 - 3.5}", "mul": "${2 * 4.5}", "div": "${1 / 10}",
                "mod": "${11 % 5}", "mod_frac": "${11 % 5.1}"
              },
              "logical_binary": {
                "&&": {"tt": "${true && true}", "ft": "${false && true}", "tf": "${true && false}", "ff": "${false && false}"},
                "||": {"tt": "${true || true}", "ft": "${false || true}", "tf": "${true || false}", "ff": "${false || false}"}
              },
              "logical_unary": {"!": {"t": "${!true}", "f": "${!false}"}},
              "conditional": {"t": "${true ? \"a\" : \"b\"}", "f": "${false ? \"a\" : \"b\"}"}
            }
            """ },
        { "structure/attributes/unexpected", """{"a": "a value", "b": "b value", "c": "c value", "d": "d value"}""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_JsonTwinOfSpecSuiteTest_MeetsTheSameExpectations(string test, string json)
    {
        var name = Path.GetFileName(test);
        File.Copy(Path.Combine(TestsDirectory, test + ".hcldec"), Path.Combine(_scratch, name + ".hcldec"));
        var expectations = File.ReadAllText(Path.Combine(TestsDirectory, test + ".t"));
        if (test == "structure/attributes/unexpected")
        {
            // Same error, but JSON locates it at the property name "c", line 1 columns 34-37 (bytes 33-36).
            expectations = expectations
                .Replace("line   = 3\n      column = 1\n      byte   = 28", "line   = 1\n      column = 34\n      byte   = 33", StringComparison.Ordinal)
                .Replace("line   = 3\n      column = 2\n      byte   = 29", "line   = 1\n      column = 37\n      byte   = 36", StringComparison.Ordinal);
        }

        File.WriteAllText(Path.Combine(_scratch, name + ".t"), expectations);
        File.WriteAllText(Path.Combine(_scratch, name + ".hcl.json"), json);

        var problems = SpecSuiteRunner.Run(Path.Combine(_scratch, name + ".t"));

        Assert.True(problems.Count == 0, $"{test} (JSON):\n  " + string.Join("\n  ", problems));
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);
}
