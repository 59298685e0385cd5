using System.Text;
using CsCheck;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Json.Hcl2Json;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Tests.Hcl2Json;

/// <summary>
/// The renderer over the partial trees the parser returns for damaged files: it must never throw, and must
/// either produce a document or say why not (null exactly when it added an error).
/// </summary>
public sealed class Hcl2JsonRobustnessTests
{
    private static readonly string[] Files = [.. ConformanceCorpus.Files()];
    private static readonly string[] Texts = [.. Files.Select(f => File.ReadAllText(ConformanceCorpus.FullPath(f)))];
    private static readonly string[] Fragments =
        ["${", "%{", "<<EOT\n", "\"", "{", "}", "[", "]", "(", ")", "\n", "~}", "...", ".*", "[*]", "%{ if x }", "%{ endif }", "=", "a \"x\" {}\n", "-", "!", "?"];

    [Fact]
    public void ToJsonNode_TreesOfDamagedCorpusFiles_DocumentOrErrorsNeverExceptions()
    {
        Gen.Select(Gen.Int[0, Files.Length - 1], Gen.Double[0, 1].Array[1, 4], Gen.Int[0, Fragments.Length - 1].Array[4], Gen.Bool)
            .Sample(
                (file, places, picks, delete) =>
                {
                    var text = new StringBuilder(Texts[file]);
                    for (var i = 0; i < places.Length; i++)
                    {
                        var at = (int)(places[i] * text.Length);
                        if (delete && at < text.Length)
                        {
                            text.Remove(at, 1);
                        }
                        else
                        {
                            text.Insert(at, Fragments[picks[i]]);
                        }
                    }

                    var parsed = HclParser.ParseConfig(text.ToString(), Files[file]);
                    var diagnostics = new DiagnosticBag();
                    var document = Hcl2JsonRenderer.ToJsonNode(parsed.Value, diagnostics);

                    Assert.Equal(document is null, diagnostics.HasErrors);
                },
                iter: 1500);
    }
}
